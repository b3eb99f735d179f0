using System.Text;
using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Tests.Edifact;

/// <summary>Segment-table and segment-layout validation: one valid and one invalid case per rule.</summary>
public class EdifactValidatorTests
{
    private const string Valid = "UNH+1+CUSDEC:D:96B:UN'BGM+929+1234+9'DTM+137:20261122:102'RFF+BM:BL1'RFF+CT:C1'NAD+AE+3101234567'NAD+IM+3101234568'UNS+D'CST+1+8471300000'FTX+AAA+++Laptop'MOA+146:12.5'UNS+S'UNT+13+1'";

    [Fact]
    public void Validate_ConformingCusdec_HasNoIssues() =>
        Validate(Valid).Issues.ShouldBeEmpty();

    [Fact]
    public void Validate_PublicContrlSyntax4_HasNoIssues()
    {
        using var stream = File.OpenRead(TestFiles.TestData("edifact/samples/contrl-syntax4.edi"));
        var messages = new EdifactReader(stream).Messages().ToList();

        messages.SelectMany(m => new EdifactValidator().Validate(m).Issues).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("BGM+929+1234+9'", "DTM+137:20261122:102'", "EDI301", "BGM", "expected BGM before DTM: it is mandatory")]
    [InlineData("DTM+137:20261122:102'", "DTM+137:20261122:102'XYZ'", "EDI302", "XYZ", "XYZ is not allowed here: expected UNS")]
    [InlineData("DTM+137:20261122:102'", "CST+1'CST+2'", "EDI303", "CST", "CST occurs more than 1 time(s), its maximum here")]
    [InlineData("NAD+AE+3101234567'", "NAD+AE+:9'", "EDI305", "SG6[1]/NAD/C082/3039", "3039 (component 1 of C082) is mandatory when C082 is present")]
    [InlineData("NAD+AE+3101234567'", "NAD++3101234567'", "EDI305", "SG6[1]/NAD/3035", "3035 (element 1 of NAD) is mandatory but empty")]
    [InlineData("NAD+AE+3101234567'", "NAD+AE+3101234567:::::'", "EDI306", "SG6[1]/NAD/C082", "C082 has 6 components, at most 3 allowed")]
    [InlineData("NAD+IM+3101234568'", "NAD+IM+1234567890123456789012345678901234567'", "EDI307", "SG6[2]/NAD/C082/3039", "has 37 characters, more than an..35 allows")]
    [InlineData("MOA+146:12.5'", "MOA+146:12.5X'", "EDI309", "SG30[1]/SG33[1]/MOA/C516/5004", "'12.5X' is not numeric (n..18)")]
    [InlineData("RFF+BM:BL1'", "RFF+BM:BL1+X+Y'", "EDI306", "SG1[1]/RFF", "RFF has 3 data elements, at most 1 allowed")]
    [InlineData("NAD+AE+3101234567'", "NAD+AE+3101234567+++Street 1:123456789012345678901234567890123456'", "EDI307", "SG6[1]/NAD/C059/3042[2]", "has 36 characters, more than an..35 allows")]
    public void Validate_BrokenRule_IsReportedWithItsPath(string from, string to, string code, string path, string message)
    {
        var report = Validate(Valid.Replace(from, to, StringComparison.Ordinal));

        var issue = report.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.EdifactPath).ShouldBe((code, path));
        issue.Message.ShouldContain(message);
        (issue.Location.Line, issue.Location.Segment).ShouldBe((1, report.Issues[0].Location.Segment));
        issue.Location.Segment.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Validate_TooManyGroupRepeats_IsEdi304()
    {
        var goods = string.Concat(Enumerable.Repeat("CST+1'", 1)) + string.Concat(Enumerable.Range(0, 11).Select(_ => "NAD+AE+1'"));

        var report = Validate($"UNH+1+CUSDEC:D:96B:UN'BGM+929'{goods.Replace("CST+1'", string.Empty, StringComparison.Ordinal)}UNS+D'UNS+S'UNT+2+1'");

        report.Issues.Select(i => (i.Code, i.Location.EdifactPath)).ShouldBe([("EDI304", "SG6")]);
    }

    [Fact]
    public void Validate_UnknownDirectory_IsAWarningOnly()
    {
        var report = Validate("UNH+1+ORDERS:D:96A:UN'BGM+220'UNT+3+1'");

        report.IsValid.ShouldBeTrue();
        report.Issues.ShouldHaveSingleItem().Code.ShouldBe("EDI310");
    }

    [Fact]
    public void Parse_BadTableLine_IsAFormatErrorNamingTheLine() =>
        Should.Throw<FormatException>(() => EdifactSchema.Parse("X", "D01A", "UNH M 1\nBGM X 1\n", string.Empty)).Message.ShouldStartWith("segment table line 2:");

    [Fact]
    public void Validate_RepeatedElementInAD96BSegment_IsEdi306()
    {
        var report = Validate(Valid.Replace("NAD+AE+3101234567'", "NAD+AE+3101234567*3101234569'", StringComparison.Ordinal), syntax: "4");

        report.Issues.Select(i => (i.Code, i.Location.EdifactPath)).ShouldBe([("EDI306", "SG6[1]/NAD/C082")]);
    }

    private static Gateway.Sdk.Validation.ValidationReport Validate(string message, string syntax = "3")
    {
        var bytes = Encoding.UTF8.GetBytes($"UNB+UNOW:{syntax}+S+R+261122:1200+1'{message}UNZ+1+1'");
        var read = new EdifactReader(new MemoryStream(bytes), new EdifactReaderOptions { ValidateControlCounts = false }).Messages().Single();
        return new EdifactValidator().Validate(read);
    }
}
