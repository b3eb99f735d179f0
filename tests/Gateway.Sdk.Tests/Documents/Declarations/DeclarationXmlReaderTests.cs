using System.Text;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Declarations;

public class DeclarationXmlReaderTests
{
    private static readonly CustomsDeclaration Sample = ExportDeclarationSample.Create();
    private static readonly string Xml = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(Sample));
    private readonly DeclarationXmlReader _reader = new();

    [Fact]
    public void Read_UnknownElements_AreKeptReportedAndWrittenBack()
    {
        var xml = Xml.Replace("</DecHead>", "<FutureField>42</FutureField></DecHead>", StringComparison.Ordinal)
            .Replace("</DecMessage>", "<DecSupplement><CertStandard>1</CertStandard></DecSupplement></DecMessage>", StringComparison.Ordinal);
        var result = Read(xml);
        result.Report.Issues.Select(i => (i.Code, i.Severity, i.Location.XPath)).ShouldBe(
        [
            ("XML010", ValidationSeverity.Warning, "/DecMessage/DecHead/FutureField"),
            ("XML010", ValidationSeverity.Warning, "/DecMessage/DecSupplement"),
        ]);
        var declaration = result.Value!;
        declaration.Head.AdditionalElements.ShouldHaveSingleItem().Name.ShouldBe("FutureField");
        var again = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(declaration));
        again.ShouldContain("<FutureField>42</FutureField>\n  </DecHead>");
        again.ShouldContain("<DecSupplement>");
        Read(again).Value.ShouldBe(declaration);
    }

    [Fact]
    public void Read_ChildrenInAnotherOrder_ReadsTheSameDeclaration()
    {
        var reordered = Xml.Replace("    <AgentCode>4403968821</AgentCode>\n", string.Empty, StringComparison.Ordinal)
            .Replace("    <DeclareName>王芳</DeclareName>\n", "    <DeclareName>王芳</DeclareName>\n    <AgentCode>4403968821</AgentCode>\n", StringComparison.Ordinal);
        reordered.ShouldNotBe(Xml);
        Read(reordered).Value.ShouldBe(Sample);
    }

    [Fact]
    public void Read_EmptyElements_AreUnsetForTypedFieldsAndEmptyForText()
    {
        var xml = Xml.Replace("<GrossWet>1850.5</GrossWet>", "<GrossWet/>", StringComparison.Ordinal).Replace("<MarkNo>N/M</MarkNo>", "<MarkNo></MarkNo>", StringComparison.Ordinal);
        var head = Read(xml).Value!.Head;
        head.GrossWeight.ShouldBeNull();
        head.ShippingMarks.ShouldBe(string.Empty);
    }

    [Fact]
    public void Read_RepeatedField_IsError()
    {
        var issue = Read(Xml.Replace("<EdiId>1</EdiId>", "<EdiId>1</EdiId><EdiId>3</EdiId>", StringComparison.Ordinal)).Report.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.XPath).ShouldBe(("XML006", "/DecMessage/DecHead/EdiId"));
    }

    [Theory]
    [InlineData("DecSign")]
    [InlineData("DecContainers")]
    public void Read_RepeatedBlockOrWrapper_IsError(string block)
    {
        var start = Xml.IndexOf($"<{block}>", StringComparison.Ordinal);
        var end = Xml.IndexOf($"</{block}>", StringComparison.Ordinal) + block.Length + 3;
        var xml = Xml.Insert(end, Xml[start..end]);
        var issue = Read(xml).Report.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.XPath).ShouldBe(("XML006", "/DecMessage/" + block));
    }

    [Fact]
    public void Read_GoodsBeforeHead_StillGetTheExportSwap()
    {
        var head = Xml[Xml.IndexOf("  <DecHead>", StringComparison.Ordinal)..(Xml.IndexOf("</DecHead>", StringComparison.Ordinal) + 11)];
        var moved = Xml.Replace(head, string.Empty, StringComparison.Ordinal).Replace("  <DecContainers>", head + "  <DecContainers>", StringComparison.Ordinal);
        Read(moved).Value.ShouldBe(Sample);
    }

    [Fact]
    public void Read_NegativeWholeNumber_ReadsBack() =>
        Read(Xml.Replace("<PackNo>120</PackNo>", "<PackNo>-5</PackNo>", StringComparison.Ordinal)).Value!.Head.PackageCount.ShouldBe(-5);

    [Fact]
    public void Read_ElementInsideLeaf_IsError()
    {
        var issue = Read(Xml.Replace("<EdiId>1</EdiId>", "<EdiId>1<b>2</b></EdiId>", StringComparison.Ordinal)).Report.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("XML005");
    }

    [Fact]
    public void Read_WrongItemInWrapper_IsError()
    {
        var issue = Read(Xml.Replace("<DecContainers>", "<DecContainers><DecList/>", StringComparison.Ordinal)).Report.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("XML011");
    }

    [Fact]
    public void Read_OtherRoot_IsDec000()
    {
        var result = Read("<DecMessage xmlns=\"urn:other\"/>");
        result.Value.ShouldBeNull();
        result.Report.Issues.ShouldHaveSingleItem().Code.ShouldBe("DEC000");
    }

    [Fact]
    public void Read_MissingHeadAndSign_AreReported()
    {
        var result = Read("<DecMessage xmlns=\"http://www.chinaport.gov.cn/dec\"><DecLists/></DecMessage>");
        result.Report.Issues.Select(i => i.Location.PropertyPath).ShouldBe(["Head", "Sign"]);
        Should.Throw<DocumentValidationException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void Read_BadNumberDateAndFlag_AreLocatedErrors()
    {
        var xml = Xml.Replace("<PackNo>120</PackNo>", "<PackNo>1,20</PackNo>", StringComparison.Ordinal)
            .Replace("<IEFlag>E</IEFlag>", "<IEFlag>X</IEFlag><IEDate>2026-11-22</IEDate>", StringComparison.Ordinal);
        var issues = Read(xml).Report.Issues;
        issues.Select(i => (i.Code, i.Location.PropertyPath)).ShouldBe([("DEC004", "Head.Direction"), ("DEC003", "Head.ImportExportDate"), ("DEC003", "Head.PackageCount")], ignoreOrder: true);
        issues.ShouldAllBe(i => i.Location.Line > 0);
    }

    private ReadResult<CustomsDeclaration> Read(string xml) => _reader.Read(Encoding.UTF8.GetBytes(xml));
}
