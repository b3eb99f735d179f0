using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Tests.Edifact;

/// <summary>CONTRL made from validation results, written, and read back; a public CONTRL sample read.</summary>
public class ContrlTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;
    private static readonly DateTimeOffset Prepared = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8));

    private const string Faulty =
        "UNB+UNOC:3+SENDER:14+RECEIVER+261122:0930+IC1'" +
        "UNH+1+CUSDEC:D:96B:UN'BGM+830+ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+9'UNS+D'UNS+S'UNT+5+1'" +
        "UNH+2+CUSDEC:D:96B:UN'UNS+D'UNS+S'UNT+9+2'" +
        "UNH+3+CUSDEC:D:96B:UN'BGM+830++9'UNS+D'UNS+S'UNT+5+3'" +
        "UNZ+2+IC1'";

    [Fact]
    public void Read_PublicSyntax4Sample_GivesTwoReceipts()
    {
        using var stream = File.OpenRead(TestFiles.TestData("edifact/samples/contrl-syntax4.edi"));

        var reports = new EdifactReader(stream).Messages().Select(Contrl.Read).ToList();

        reports.Count.ShouldBe(2);
        reports.ShouldAllBe(r => r.InterchangeReference == "131" && r.Sender == "SENDER1" && r.SenderQualifier == "14"
            && r.Recipient == "RECEIVER1" && r.RecipientQualifier == "1" && r.Action == ContrlAction.Received && r.Messages.Count == 0);
        reports[0].SyntaxVersion.ShouldBe("4");
    }

    public static TheoryData<string> Samples => EdifactReaderTests.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_PublicSample_RejectsExactlyTheSamplesWithFindingsAndWritesValidContrl(string file)
    {
        using var facts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TestFiles.TestData("edifact/expected-facts.json")));
        var issues = facts.RootElement.EnumerateArray().Single(f => f.GetProperty("file").GetString() == file).GetProperty("issues").GetArrayLength();
        using var stream = File.OpenRead(TestFiles.TestData($"edifact/samples/{file}"));

        if (file == "negative-corrupt-unb.edi")
        {
            Should.Throw<EdifactException>(() => Contrl.Check(stream)).Code.ShouldBe("EDI201");
            return;
        }

        var reports = Contrl.Check(stream);

        reports.ShouldNotBeEmpty();
        reports.Any(r => r.HasRejections).ShouldBe(issues > 0);
        foreach (var report in reports)
        {
            var message = new EdifactReader(new MemoryStream(Contrl.Write(report, "1", Prepared))).Messages().Single();
            new EdifactValidator().Validate(message).Errors.ShouldAllBe(e => e.Location.EdifactPath!.Contains("UCM/S009"), "only a message identifier echoed as received (cuscar-d95b-msc has no message type)");
        }
    }

    [Fact]
    public void Check_FaultyInterchange_RejectsWhatIsWrongWithTheUnSyntaxErrorCodes()
    {
        var report = Contrl.Check(Input(Faulty)).Single();

        (report.InterchangeReference, report.Sender, report.SenderQualifier, report.Recipient).ShouldBe(("IC1", "SENDER", "14", "RECEIVER"));
        (report.Action, report.ErrorCode).ShouldBe((ContrlAction.Rejected, "29"));
        report.Messages.Select(m => (m.Reference, m.Identifier, m.Action, m.ErrorCode)).ShouldBe(
        [
            ("1", "CUSDEC:D:96B:UN", ContrlAction.Rejected, string.Empty),
            ("2", "CUSDEC:D:96B:UN", ContrlAction.Rejected, "29"),
            ("3", "CUSDEC:D:96B:UN", ContrlAction.Acknowledged, string.Empty),
        ]);
        report.Messages[0].Segments.Single().ShouldBe(new ContrlSegmentError(2, string.Empty, [new ContrlElementError("39", 2, 1)]), new SegmentErrorComparer());
        report.Messages[1].Segments.Single().ShouldBe(new ContrlSegmentError(2, "13", []), new SegmentErrorComparer());
        report.HasRejections.ShouldBeTrue();
    }

    [Fact]
    public void Write_FaultyInterchange_IsAValidContrlFromTheRecipientBackToTheSender()
    {
        var report = Contrl.Check(Input(Faulty)).Single();

        var bytes = Contrl.Write(report, "ACK1", Prepared);

        Encoding.Latin1.GetString(bytes).ShouldBe(
            "UNA:+.? '\nUNB+UNOC:3+RECEIVER+SENDER:14+261122:0930+ACK1'\nUNH+1+CONTRL:2:2:UN'\nUCI+IC1+SENDER:14+RECEIVER+4+29'\n" +
            "UCM+1+CUSDEC:D:96B:UN+4'\nUCS+2'\nUCD+39+2:1'\nUCM+2+CUSDEC:D:96B:UN+4+29'\nUCS+2+13'\nUCM+3+CUSDEC:D:96B:UN+7'\nUNT+9+1'\nUNZ+1+ACK1'\n");
        var message = new EdifactReader(new MemoryStream(bytes)).Messages().Single();
        new EdifactValidator().Validate(message).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Check_CleanSyntax4Interchange_AcknowledgesEverythingInContrl41()
    {
        const string clean = "UNB+UNOW:4+S+R+20261122:0930+9'UNH+1+CUSDEC:D:96B:UN'BGM+830++9'UNS+D'UNS+S'UNT+5+1'UNZ+1+9'";

        var report = Contrl.Check(Input(clean)).Single();
        var bytes = Contrl.Write(report, "1", Prepared);

        (report.Action, report.HasRejections).ShouldBe((ContrlAction.Acknowledged, false));
        report.Messages.Single().Action.ShouldBe(ContrlAction.Acknowledged);
        var message = new EdifactReader(new MemoryStream(bytes)).Messages().Single();
        message.Identifier.ShouldBe("CONTRL:4:1:UN");
        new EdifactValidator().Validate(message).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Check_Groups_ReportsEachGroupWithItsMessages()
    {
        const string grouped = "UNB+UNOC:3+S+R+261122:0930+7'UNG+CUSDEC+APP-S+APP-R+261122:0930+G1+UN+D:96B'" +
            "UNH+1+CUSDEC:D:96B:UN'BGM+830++9'UNS+D'UNS+S'UNT+5+1'UNE+2+G1'UNZ+1+7'";

        var report = Contrl.Check(Input(grouped)).Single();

        report.Action.ShouldBe(ContrlAction.Acknowledged);
        report.Groups.Single().ShouldBe(new ContrlGroupResponse { Reference = "G1", Sender = "APP-S", Recipient = "APP-R", ActionCode = "4", ErrorCode = "29" });
        report.Messages.Single().GroupReference.ShouldBe("G1");
        var contrl = Encoding.Latin1.GetString(Contrl.Write(report, "1", Prepared));
        contrl.ShouldContain("UCF+G1+APP-S+APP-R+4+29'\nUCM+1+CUSDEC:D:96B:UN+7'");
        new EdifactValidator().Validate(new EdifactReader(new MemoryStream(Encoding.Latin1.GetBytes(contrl))).Messages().Single()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Check_DuplicateMessageReference_RejectsTheSecondWith26() =>
        Contrl.Check(Input("UNB+UNOC:3+S+R+261122:0930+7'UNH+1+X:D:96B:UN'UNT+2+1'UNH+1+X:D:96B:UN'UNT+2+1'UNZ+2+7'")).Single()
            .Messages.Select(m => m.ErrorCode).ShouldBe([string.Empty, "26"]);

    [Fact]
    public void Check_TruncatedInterchange_RejectsTheInterchangeAndKeepsTheMessagesRead()
    {
        var report = Contrl.Check(Input("UNB+UNOC:3+S+R+261122:0930+7'UNH+1+X:D:96B:UN'UNT+2+1'UNH+2+X:D:96B:UN'BGM+1")).Single();

        (report.Action, report.ErrorCode).ShouldBe((ContrlAction.Rejected, "18"));
        report.Messages.Single().Action.ShouldBe(ContrlAction.Acknowledged);
    }

    [Fact]
    public void Check_NoReadableHeader_IsALocatedError() =>
        Should.Throw<EdifactException>(() => Contrl.Check(Input("BGM+1'"))).Code.ShouldBe("EDI201");

    [Fact]
    public void Read_NotAContrl_IsALocatedError()
    {
        var message = new EdifactReader(Input("UNB+UNOC:3+S+R+261122:0930+7'UNH+1+X:D:96B:UN'UNT+2+1'UNZ+1+7'")).Messages().Single();

        Should.Throw<EdifactException>(() => Contrl.Read(message)).Code.ShouldBe("EDI501");
    }

    [Fact]
    public void Read_OfWrite_GivesTheSameReport() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Reports().ToArbitrary(), report =>
        {
            var bytes = Contrl.Write(report, "1", Prepared);
            var read = Contrl.Read(new EdifactReader(new MemoryStream(bytes)).Messages().Single());
            read.ShouldBeEquivalentTo(report);
        }));

    [Fact]
    public void Write_Report_MatchesTheGoldenContrl() =>
        TestFiles.MatchesGolden(Contrl.Write(Contrl.Check(Input(Faulty)).Single(), "ACK1", Prepared), "faulty-interchange.contrl.edi");

    private static MemoryStream Input(string text) => new(Encoding.Latin1.GetBytes(text));

    private static Gen<ContrlReport> Reports() =>
        from syntax in Gen.Elements(("UNOC", "3"), ("UNOW", "4"))
        from party in Gen.Two(Text(1))
        from qualifiers in Gen.Two(Gen.Elements(string.Empty, "14", "ZZ"))
        from action in Gen.Elements("4", "7", "8")
        from error in Code()
        from grouped in Gen.Elements(false, true)
        from count in Gen.Choose(grouped ? 1 : 0, grouped ? 3 : 0)
        from groups in Gen.CollectToList(Enumerable.Range(1, count).Select(i => Group($"G{i}")))
        from messages in grouped ? Gen.CollectToList(groups.Select(g => Gen.ListOf(Message(g.Reference)))).Select(l => l.SelectMany(x => x).ToList()) : Gen.ListOf(Message(null)).Select(l => l.ToList())
        select new ContrlReport
        {
            InterchangeReference = party.Item1,
            Sender = party.Item1,
            SenderQualifier = qualifiers.Item1,
            Recipient = party.Item2,
            RecipientQualifier = qualifiers.Item2,
            ActionCode = action,
            ErrorCode = error,
            SyntaxIdentifier = syntax.Item1,
            SyntaxVersion = syntax.Item2,
            Groups = groups.ToList(),
            Messages = messages,
        };

    private static Gen<ContrlGroupResponse> Group(string reference) =>
        from parties in Gen.Two(Text(0))
        from action in Gen.Elements("4", "7")
        from error in Code()
        select new ContrlGroupResponse { Reference = reference, Sender = parties.Item1, Recipient = parties.Item2, ActionCode = action, ErrorCode = error };

    private static Gen<ContrlMessageResponse> Message(string? groupReference) =>
        from reference in Text(1)
        from identifier in Gen.Elements("CUSDEC:D:96B:UN", "CUSCAR:D:95B:UN:LOT10", "INVOIC:D:03B:UN")
        from action in Gen.Elements("4", "7")
        from error in Code()
        from segments in Gen.ListOf(
            from position in Gen.Choose(1, 999)
            from code in Code()
            from elements in Gen.ListOf(
                from e in Gen.Choose(1, 20)
                from c in Gen.Choose(0, 9)
                from ecode in Code().Where(x => x.Length > 0)
                select new ContrlElementError(ecode, e, c))
            select new ContrlSegmentError(position, code, elements.ToList()))
        select new ContrlMessageResponse { Reference = reference, Identifier = identifier, GroupReference = groupReference, ActionCode = action, ErrorCode = error, Segments = segments.ToList() };

    private static Gen<string> Code() => Gen.Elements(string.Empty, "12", "13", "26", "29", "35", "39");

    private static Gen<string> Text(int min) =>
        Gen.Choose(min, 14).SelectMany(length => Gen.ArrayOf(Gen.Elements("AZ09-?+:' ".ToCharArray()), length)).Select(c => new string(c));

    private sealed class SegmentErrorComparer : IEqualityComparer<ContrlSegmentError>
    {
        public bool Equals(ContrlSegmentError? x, ContrlSegmentError? y) =>
            x is not null && y is not null && x.Position == y.Position && x.ErrorCode == y.ErrorCode && x.Elements.SequenceEqual(y.Elements);

        public int GetHashCode(ContrlSegmentError obj) => obj.Position;
    }
}
