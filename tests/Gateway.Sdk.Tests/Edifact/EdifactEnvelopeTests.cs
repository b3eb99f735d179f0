using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Tests.Edifact;

/// <summary>Interchanges, groups and messages of the 18 public samples, with the recorded control-count findings.</summary>
public partial class EdifactEnvelopeTests
{
    public static TheoryData<string> Samples => EdifactReaderTests.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Messages_PublicSample_AreTheRecordedMessagesWithTheRecordedFindings(string file)
    {
        var fact = Fact(file);
        var expected = fact.GetProperty("issues").EnumerateArray().Select(i => i.GetString()!).ToList();
        using var stream = File.OpenRead(TestFiles.TestData($"edifact/samples/{file}"));
        var reader = new EdifactReader(stream);

        if (expected.Any(i => i is "no UNB segment" or "UNT without UNH"))
        {
            var error = Should.Throw<EdifactException>(() => reader.Messages().ToList());
            (error.Code, error.Segment).ShouldBe(("EDI201", file.Contains("unb", StringComparison.Ordinal) ? 1 : 2));
            return;
        }

        var messages = reader.Messages().ToList();

        messages.Select(m => (m.Reference, m.Identifier, m.Segments.Count)).ShouldBe(
            fact.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("ref").GetString()!, m.GetProperty("type").GetString()!, m.GetProperty("segments_incl_UNH_UNT").GetInt32())));
        messages.Select(m => m.Group).Distinct().Count(g => g is not null).ShouldBe(fact.GetProperty("groups").GetInt32());
        messages[0].Interchange.ControlReference.ShouldBe(fact.GetProperty("UNB_control_ref").GetString());
        messages[0].Interchange.Trailer.ShouldNotBeNull();
        var findings = reader.Issues.Where(i => i.Code != "EDI101").Select(i => i.Message).ToList();
        var prefixes = expected.Select(Phrase).ToList();
        findings.ShouldAllBe(f => prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal)));
        prefixes.ShouldAllBe(p => findings.Any(f => f.StartsWith(p, StringComparison.Ordinal)));
        reader.Issues.Where(i => i.Code != "EDI101").ShouldAllBe(i => i.Location.Segment > 0 && i.Location.Line > 0);
    }

    [Theory]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNH+1+X:D:96B:UN'BGM'", "EDI201")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNH+1+X:D:96B:UN'BGM+1", "EDI001")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNH+1+X:D:96B:UN'BGM'UNT+3+1'", "EDI201")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNH+1+X:D:96B:UN'BGM'UNZ+1+1'", "EDI201")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'BGM'UNZ+0+1'", "EDI201")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNG+X+S+R+200101:1200+7+UN+D:96B'UNH+1+X:D:96B:UN'UNT+2+1'UNZ+1+1'", "EDI201")]
    [InlineData("UNB+UNOA:2+S+R+200101:1200+1'UNB+UNOA:2+S+R+200101:1200+2'", "EDI201")]
    [InlineData("", "EDI201")]
    public void Messages_BrokenEnvelope_EndsInALocatedError(string input, string code)
    {
        var error = Should.Throw<EdifactException>(() => Read(input).Messages().ToList());

        error.Code.ShouldBe(code);
        error.Message.ShouldStartWith("line 1, column ");
    }

    [Fact]
    public void Messages_GroupsAndSeveralInterchanges_AreReadWithTheirCounts()
    {
        var reader = Read(
            "UNB+UNOC:3+S+R+200101:1200+A'UNG+CUSDEC+S+R+200101:1200+G1+UN+D:96B'UNH+1+CUSDEC:D:96B:UN'BGM+929'UNT+3+1'UNH+2+CUSDEC:D:96B:UN'UNT+2+2'UNE+2+G1'UNZ+1+A'\r\n" +
            "UNB+UNOW:4+S+R+200101:1200+B'UNH+1+CUSRES:D:96B:UN'UNT+2+1'UNZ+2+B'");

        var messages = reader.Messages().ToList();

        messages.Select(m => (m.Interchange.ControlReference, m.Group?.Reference, m.Reference, m.Directory)).ShouldBe([("A", "G1", "1", "D96B"), ("A", "G1", "2", "D96B"), ("B", null, "1", "D96B")]);
        messages[0].Group!.Trailer!.Tag.ShouldBe("UNE");
        reader.Issues.Select(i => (i.Code, i.Location.Segment, i.Message)).ShouldBe([("EDI211", 13, "UNZ says 2 messages, counted 1: correct the control count")]);
    }

    [Fact]
    public void Messages_WrongGroupCountAndReference_AreFindings()
    {
        var reader = Read("UNB+UNOC:3+S+R+200101:1200+A'UNG+CUSDEC+S+R+200101:1200+G1+UN+D:96B'UNH+1+CUSDEC:D:96B:UN'UNT+2+1'UNE+3+G2'UNZ+1+A'");

        _ = reader.Messages().ToList();

        reader.Issues.Select(i => i.Code).ShouldBe(["EDI211", "EDI212"]);
    }

    [Fact]
    public void Messages_ControlCountsSwitchedOff_GiveNoFindings()
    {
        var reader = new EdifactReader(new MemoryStream("UNB+UNOC:3+S+R+200101:1200+A'UNH+1+X:D:96B:UN'UNT+9+2'UNZ+5+B'"u8.ToArray()), new EdifactReaderOptions { ValidateControlCounts = false });

        reader.Messages().Count().ShouldBe(1);
        reader.Issues.ShouldBeEmpty();
    }

    private static EdifactReader Read(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static JsonElement Fact(string file)
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(TestFiles.TestData("edifact/expected-facts.json")));
        return facts.RootElement.EnumerateArray().Single(f => f.GetProperty("file").GetString() == file).Clone();
    }

    /// <summary>Turns a finding as the independent script words it into the start of ours.</summary>
    private static string Phrase(string finding) => finding switch
    {
        _ when UntReference().Match(finding) is { Success: true } m => $"message {m.Groups[1]}: UNT reference {m.Groups[2]} differs from the UNH reference",
        _ when UnzCount().Match(finding) is { Success: true } m => $"UNZ says {m.Groups[1]} {m.Groups[3]}, counted {m.Groups[2]}",
        _ when UnzReference().Match(finding) is { Success: true } m => $"UNZ reference {m.Groups[1]} differs from the UNB reference {m.Groups[2]}",
        _ when Duplicate().Match(finding) is { Success: true } m => $"message reference {m.Groups[1]} is used twice",
        _ => finding,
    };

    [GeneratedRegex(@"^message (\S+): UNT reference (\S+) != UNH reference$")]
    private static partial Regex UntReference();

    [GeneratedRegex(@"^UNZ count (\d+) != (\d+) \((\w+)\)$")]
    private static partial Regex UnzCount();

    [GeneratedRegex(@"^UNZ ref (\S+) != UNB ref (\S+)$")]
    private static partial Regex UnzReference();

    [GeneratedRegex(@"^duplicate UNH message reference\(s\): (\S+)$")]
    private static partial Regex Duplicate();
}
