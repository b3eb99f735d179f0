using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Edifact;
using Gateway.Sdk.Tests.Documents.Declarations;

namespace Gateway.Sdk.Tests.Edifact;

/// <summary>The tokenizer against 18 public interchanges, a write-then-read property, and hostile input.</summary>
public class EdifactReaderTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    public static TheoryData<string> Samples => [.. Directory.GetFiles(TestFiles.TestData("edifact/samples"), "*.edi").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Segments_PublicSample_AreExactlyTheRecordedSegments(string file)
    {
        using var stream = File.OpenRead(TestFiles.TestData($"edifact/samples/{file}"));
        var reader = new EdifactReader(stream);

        var actual = JsonSerializer.Serialize(reader.Segments().Select(ToJsonShape).ToList());

        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.TestData($"edifact/expected-segments/{file}.segments.json")));
        actual.ShouldBe(JsonSerializer.Serialize(expected.RootElement));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ServiceCharactersAndSyntax_PublicSample_AreTheRecordedFacts(string file)
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(TestFiles.TestData("edifact/expected-facts.json")));
        var fact = facts.RootElement.EnumerateArray().Single(f => f.GetProperty("file").GetString() == file);
        using var stream = File.OpenRead(TestFiles.TestData($"edifact/samples/{file}"));
        var reader = new EdifactReader(stream);

        _ = reader.Segments().ToList();

        var separators = fact.GetProperty("separators");
        var s = reader.ServiceCharacters;
        var recorded = string.Concat(new[] { "component", "element", "decimal", "release", "reserved_or_repetition", "segment" }.Select(k => separators.GetProperty(k).GetString()));
        if (fact.GetProperty("UNA").ValueKind != JsonValueKind.String && fact.TryGetProperty("UNB_syntax", out var version) && version.GetString()?.EndsWith(":4", StringComparison.Ordinal) == true)
        {
            // The recording script keeps position 5 reserved without a UNA; from syntax version 4 on, the default is the repetition separator *.
            recorded = recorded[..4] + "*" + recorded[5..];
        }

        string.Concat(new[] { s.Component, s.Element, s.DecimalMark, s.Release, s.Repetition, s.Segment }.Select(b => (char)b)).ShouldBe(recorded);
        reader.HasServiceStringAdvice.ShouldBe(fact.GetProperty("UNA").ValueKind == JsonValueKind.String);
        if (fact.TryGetProperty("UNB_syntax", out var syntax) && syntax.GetString() is { } declared)
        {
            reader.SyntaxIdentifier.ShouldBe(declared.Split(':')[0]);
        }
    }

    [Fact]
    public void Segments_DeclaredUnocCarryingUtf8_ReadsTheTextAndWarns()
    {
        using var stream = File.OpenRead(TestFiles.TestData("edifact/samples/desadv-unoc-utf8-content.edi"));
        var reader = new EdifactReader(stream);

        var text = string.Join("|", reader.Segments().SelectMany(s => s.Elements.SelectMany(e => e)));

        text.ShouldContain("Ë");
        reader.Issues.Single().Code.ShouldBe("EDI101");
    }

    [Theory]
    [InlineData("IFT+3+NO MORE FLIGHTS 2??'", new[] { "3", "NO MORE FLIGHTS 2?" })]
    [InlineData("IFT+3+NO MORE ?' FLIGHTS 3'", new[] { "3", "NO MORE ' FLIGHTS 3" })]
    [InlineData("IFT+3+NO MORE ???' FLIGHTS 3'", new[] { "3", "NO MORE ?' FLIGHTS 3" })]
    [InlineData("IFT+3+FIELD 1??+FIELD 2'", new[] { "3", "FIELD 1?", "FIELD 2" })]
    [InlineData("IFT+3+FIELD 1???+FIELD 2'", new[] { "3", "FIELD 1?+FIELD 2" })]
    [InlineData("IFT+3+FIELD 1.1???:FIELD 1.2'", new[] { "3", "FIELD 1.1?:FIELD 1.2" })]
    public void Segments_ReleaseCharacter_MakesTheNextCharacterData(string raw, string[] elements)
    {
        var segment = Read(raw).Single();

        segment.Elements.Select(e => string.Join(":", e)).ShouldBe(elements);
    }

    [Fact]
    public void Segments_EmptySegmentsAndLineBreaksBetweenSegments_AreSkipped() =>
        Read("UNB+UNOA:2'\r\n''\n\t UNZ+1'").Select(s => s.Tag).ShouldBe(["UNB", "UNZ"]);

    [Fact]
    public void Indexer_ReadSegment_GivesComponentsAndEmptyForAbsentOnes()
    {
        var segment = Read("NAD+CZ+12345::9+深圳?:Nanshan'").Single();

        (segment[1], segment[2, 1], segment[2, 2], segment[2, 3], segment[3]).ShouldBe(("CZ", "12345", string.Empty, "9", "深圳:Nanshan"));
        (segment[2, 4], segment[4], segment[0]).ShouldBe((string.Empty, string.Empty, string.Empty));
        segment.ShouldBe(new EdifactSegment("NAD", [["CZ"], ["12345", string.Empty, "9"], ["深圳:Nanshan"]]));
        segment.ToString().ShouldBe("NAD+CZ+12345::9+深圳:Nanshan");
    }

    [Fact]
    public void Segments_ComponentsAndEmptyTrailingElements_AreKept() =>
        Read("NAD+CZ+12345::9++Name:Line 2++'").Single().Elements.Select(e => e.Count).ShouldBe([1, 3, 1, 2, 1, 1]);

    [Fact]
    public void Read_OfWrite_GivesTheSameSegments() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Interchanges().ToArbitrary(), input =>
        {
            var (segments, characters) = input;
            var bytes = new EdifactWriter(characters, "UNOW", lineBreak: "\r\n").Write(segments);
            var read = new EdifactReader(new MemoryStream(bytes)).Segments().ToList();
            read.ShouldBe(segments);
        }));

    [Fact]
    public void Read_InPlace_GivesWhatSegmentsGive() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Interchanges().ToArbitrary(), input =>
        {
            var (segments, characters) = input;
            var bytes = new EdifactWriter(characters, "UNOW", lineBreak: "\r\n").Write(segments);
            var reader = new EdifactReader(new MemoryStream(bytes));
            var index = 0;
            while (reader.Read())
            {
                var current = reader.Current;
                var expected = segments[index++];
                current.ToSegment().ShouldBe(expected);
                (current.Tag.ToString(), current.ElementCount, current.Number).ShouldBe((expected.Tag, expected.ElementCount, index));
                for (var e = 0; e <= expected.ElementCount + 1; e++)
                {
                    var count = e >= 1 && e <= expected.ElementCount ? expected.Repeats(e)[0].Count : 0;
                    current.ComponentCount(e).ShouldBe(count);
                    for (var c = 0; c <= count + 1; c++)
                    {
                        current[e, c].ToString().ShouldBe(expected[e, c]);
                    }
                }
            }

            index.ShouldBe(segments.Count);
        }));

    [Fact]
    public void Read_InPlace_AllocatesNothingPerSegment()
    {
        var input = new MemoryStream(Encoding.ASCII.GetBytes("UNB+UNOC:3+S+R+261122:1030+1'\r\n" + string.Concat(Enumerable.Repeat("LOC+5+CNSHK:139:6'\r\nFTX+AAA+++LAPTOP COMPUTERS?: 14 INCH'\r\n", 20_000))));
        var (before, count) = (GC.GetAllocatedBytesForCurrentThread(), 0);

        var reader = new EdifactReader(input);
        while (reader.Read())
        {
            count += reader.Current.ElementCount;
        }

        count.ShouldBe(5 + (20_000 * 6));
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64 * 1024, "40,001 segments read in place: only the reader's buffers are allocated");
    }

    [Fact]
    public void Read_MixedWithSegmentsOrKeepText_IsRefused()
    {
        var bytes = Encoding.ASCII.GetBytes("UNB+UNOA:2+S+R'");
        Should.Throw<InvalidOperationException>(() => new EdifactReader(new MemoryStream(bytes), new EdifactReaderOptions { KeepText = true }).Read()).Message.ShouldContain("Segments()");
        var reader = new EdifactReader(new MemoryStream(bytes));
        Should.Throw<InvalidOperationException>(() => reader.Current.Tag.ToString()).Message.ShouldBe("call Read() first, and use Current only while it returns true");
        reader.Read().ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => reader.Segments());
        reader.Read().ShouldBeFalse();
        var segments = new EdifactReader(new MemoryStream(bytes));
        segments.Segments().Count().ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => segments.Read());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_UnchangedPublicSample_IsByteForByteTheInput(string file)
    {
        var input = File.ReadAllBytes(TestFiles.TestData($"edifact/samples/{file}"));
        var reader = new EdifactReader(new MemoryStream(input), new EdifactReaderOptions { KeepText = true });

        var output = new MemoryStream();
        EdifactWriter.For(reader, "\n").Write(reader.Segments(), output);

        output.ToArray().ShouldBe(input);
    }

    [Fact]
    public void Write_OneSegmentReplaced_KeepsEveryOtherByte()
    {
        const string input = "\uFEFFUNA:+.? '\r\nUNB+UNOC:3+S+R+261122:1000+1'\r\nFTX+AAA+++a?.b'\r\nDTM+137:20261122:102'\r\nUNZ+0+1'\r\n";
        var reader = new EdifactReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), new EdifactReaderOptions { KeepText = true });

        var segments = reader.Segments().Select(s => s.Tag == "DTM" ? new EdifactSegment("DTM", [["137", "20261123", "102"]]) : s).ToList();
        var output = Encoding.UTF8.GetString(EdifactWriter.For(reader, "\r\n").Write(segments));

        output.ShouldBe(input.Replace("20261122:102", "20261123:102", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_KeptSegmentsWithOtherServiceCharacters_AreFormattedAfresh()
    {
        var reader = new EdifactReader(new MemoryStream("UNA:+.? 'UNB+UNOC:3+S+R'FTX+AAA+++a?.b'"u8.ToArray()), new EdifactReaderOptions { KeepText = true });

        var output = new EdifactWriter(EdifactServiceCharacters.Parse("UNA*@.? #"u8), "UNOC", writeServiceStringAdvice: false).Write(reader.Segments());

        Encoding.ASCII.GetString(output).ShouldBe("UNB@UNOC*3@S@R#FTX@AAA@@@a.b#");
    }

    [Fact]
    public void Segments_Syntax4WithoutUna_SplitsRepetitionsAtTheDefaultAsterisk()
    {
        var segments = Read("UNB+UNOA:4+S+R+20261122:1000+1'ATT+2++M*F?*X:Y*'");

        var att = segments[1];
        att.Repeats(3).ShouldBe([["M"], ["F*X", "Y"], [string.Empty]]);
        att[3].ShouldBe("M");
        att.Elements[2].ShouldBe(["M"]);
        new EdifactWriter(EdifactServiceCharacters.Parse("UNA:+.?*'"u8), writeServiceStringAdvice: false).Format(att).ShouldBe("ATT+2++M*F?*X:Y*'");
    }

    [Fact]
    public void Segments_Syntax3_KeepsTheAsteriskAsData() =>
        Read("UNB+UNOA:3+S+R+261122:1000+1'ATT+2++M*F'")[1][3].ShouldBe("M*F");

    [Fact]
    public void Write_RepeatsWithoutARepetitionSeparator_IsEdi006() =>
        Should.Throw<EdifactException>(() => new EdifactWriter().Format(EdifactSegment.WithRepeats("ATT", [[["M"], ["F"]]]))).Code.ShouldBe("EDI006");

    [Fact]
    public void Write_DecimalMark_IsNeverEscaped() =>
        Encoding.UTF8.GetString(new EdifactWriter(writeServiceStringAdvice: false).Write([new EdifactSegment("MOA", [["203", "1234.56"]]), new EdifactSegment("FTX", [["a:b+c'd?e"]])]))
            .ShouldBe("MOA+203:1234.56'FTX+a?:b?+c?'d??e'");

    [Fact]
    public void Write_ChineseTextInUnoc_IsALocatedError()
    {
        var error = Should.Throw<EdifactException>(() => new EdifactWriter(syntaxIdentifier: "UNOC").Write([new EdifactSegment("UNB", [["UNOC", "3"]]), new EdifactSegment("FTX", [["深圳"]])]));

        (error.Code, error.Segment).ShouldBe(("EDI004", 2));
        error.Message.ShouldContain("UNOW");
    }

    [Theory]
    [InlineData("UNA::.? 'UNB+UNOA:2'", "EDI002")]
    [InlineData("UNA:+.?+'UNB+UNOA:2'", "EDI002")]
    [InlineData("UNB+UNOA:2+S+R'UNH+1+ORDERS:D:96A:UN'BGM+220+1", "EDI001")]
    [InlineData("UNB+UNOA:2'FTX+A?'", "EDI001")]
    [InlineData("UNB+UNOA:2'N AD+1'", "EDI005")]
    public void Segments_BrokenInput_EndsInALocatedError(string input, string code)
    {
        var error = Should.Throw<EdifactException>(() => Read(input).ToList());
        var inPlace = Should.Throw<EdifactException>(() =>
        {
            var reader = new EdifactReader(new MemoryStream(Encoding.UTF8.GetBytes(input)));
            while (reader.Read())
            {
            }
        });
        inPlace.Message.ShouldBe(error.Message, "Read() fails where Segments() does");

        error.Code.ShouldBe(code);
        error.Line.ShouldBe(1);
        error.Message.ShouldStartWith("line 1, column ");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Segments_NonAsciiByteInUnoa_IsALocatedError()
    {
        var bytes = Encoding.ASCII.GetBytes("UNB+UNOA:2+S+R'\r\nFTX+AAA+++").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("'")).ToArray();

        var error = Should.Throw<EdifactException>(() => new EdifactReader(new MemoryStream(bytes)).Segments().ToList());

        (error.Code, error.Segment, error.Line, error.Column).ShouldBe(("EDI004", 2, 2, 1));
        error.Message.ShouldContain("0xE9");
    }

    [Fact]
    public void Segments_UnterminatedSegmentOf100MB_IsRefusedWithBoundedMemory()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Should.Throw<EdifactException>(() => new EdifactReader(new GeneratedStream("UNB+UNOA:2+S+R'FTX+AAA+++", 'x', 100L * 1024 * 1024, "'")).Segments().ToList());

        error.Code.ShouldBe("EDI003");
        error.Segment.ShouldBe(2);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(8L * 1024 * 1024, "the reader stops at the segment limit");
    }

    private static List<EdifactSegment> Read(string text) => [.. new EdifactReader(new MemoryStream(Encoding.UTF8.GetBytes(text))).Segments()];

    /// <summary>The recorded shape: repetitions are not split, so occurrences are joined back with the separator.</summary>
    private static object ToJsonShape(EdifactSegment segment) =>
        new object[] { segment.Tag }.Concat(Enumerable.Range(1, segment.ElementCount).Select(e => Unsplit(segment.Repeats(e)) is var c && c.Count == 1 ? (object)c[0] : c.ToArray())).ToArray();

    private static List<string> Unsplit(IReadOnlyList<IReadOnlyList<string>> repeats)
    {
        var components = repeats[0].ToList();
        foreach (var repeat in repeats.Skip(1))
        {
            components[^1] += "*" + repeat[0];
            components.AddRange(repeat.Skip(1));
        }

        return components;
    }

    private static Gen<(List<EdifactSegment>, EdifactServiceCharacters)> Interchanges() =>
        from characters in Gen.Elements(EdifactServiceCharacters.Default, EdifactServiceCharacters.Parse("UNA*@.? #"u8), EdifactServiceCharacters.Parse("UNA:+,?*'"u8))
        from segments in Gen.NonEmptyListOf(Segment(characters.HasRepetition))
        select (segments.ToList(), characters);

    private static Gen<EdifactSegment> Segment(bool repeats) =>
        from tag in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), 3).Select(c => new string(c))
        from elements in Gen.ListOf(Gen.Choose(1, repeats ? 3 : 1).SelectMany(r => Gen.ArrayOf(Gen.NonEmptyListOf(Data()).Select(c => (IReadOnlyList<string>)c.ToList()), r)).Select(r => (IReadOnlyList<IReadOnlyList<string>>)r))
        select EdifactSegment.WithRepeats(tag, elements.ToList());

    /// <summary>Builds component data with every separator of every tested set, the release character, CJK text and empties.</summary>
    private static Gen<string> Data() =>
        Gen.Frequency(
            (1, Gen.Constant(string.Empty)),
            (4, DeclarationGenerators.Text(40)),
            (2, Gen.ArrayOf(Gen.Elements(":+'?*@#., 中".ToCharArray())).Select(c => new string(c))));
}
