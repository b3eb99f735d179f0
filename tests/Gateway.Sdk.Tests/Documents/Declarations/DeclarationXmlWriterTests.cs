using System.Text;
using Gateway.Sdk.Documents.Declarations;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Declarations;

public class DeclarationXmlWriterTests
{
    private static readonly CustomsDeclaration Sample = ExportDeclarationSample.Create();

    /// <summary>Built in code: attribute arguments cannot hold a lone surrogate (metadata stores them as UTF-8).</summary>
    private static readonly string[] Unwritable = ["深圳\u0001", "\uD800x", "x\uDC00", "x\uFFFE"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Write_CharacterXmlCannotCarry_ThrowsDec005WithTheElementPath(int example)
    {
        var name = Unwritable[example];
        var line = Sample.Goods[1] with { GoodsName = name };
        var e = Should.Throw<DocumentValidationException>(() => new DeclarationXmlWriter().Write(Sample with { Goods = [Sample.Goods[0], line] }));
        var issue = e.Report.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.XPath).ShouldBe(("DEC005", "/DecMessage/DecLists/DecList[2]/GName"));
    }

    [Fact]
    public void Write_TextWithMarkupAndLineBreaks_IsEscapedSoThatItReadsBack()
    {
        var head = Sample.Head with { Remarks = "a&b<c>d\"e'f\r\ng\th", ShippingMarks = "𠀀" };
        var xml = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(Sample with { Head = head }));
        xml.ShouldContain("<NoteS>a&amp;b&lt;c&gt;d\"e'f&#xD;\ng\th</NoteS>");
        new DeclarationXmlReader().Read(Encoding.UTF8.GetBytes(xml)).Value!.Head.ShouldBe(head);
    }

    [Theory]
    [InlineData("<Extra>a & b</Extra>")]
    [InlineData("<Extra>1</Extra><Extra>2</Extra>")]
    [InlineData("<Other>1</Other>")]
    [InlineData("text")]
    public void Write_AdditionalElementThatIsNotOneWellFormedElement_ThrowsXml012(string markup)
    {
        var head = Sample.Head with { AdditionalElements = [new Gateway.Sdk.Xml.XmlExtension("Extra", markup)] };
        var issue = Should.Throw<DocumentValidationException>(() => new DeclarationXmlWriter().Write(Sample with { Head = head })).Report.Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.XPath).ShouldBe(("XML012", "/DecMessage/DecHead/Extra"));
    }

    [Fact]
    public void Write_AdditionalElementBuiltByHand_IsWrittenInItsBlock()
    {
        var head = Sample.Head with { AdditionalElements = [new Gateway.Sdk.Xml.XmlExtension("Extra", "<Extra a=\"1\">x &amp; y</Extra>")] };
        Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(Sample with { Head = head })).ShouldContain("<Extra a=\"1\">x &amp; y</Extra>\n  </DecHead>");
    }

    [Fact]
    public void Write_VersionAttribute_IsEscaped()
    {
        var xml = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(Sample with { Version = "4\"&8" }));
        xml.ShouldContain("<DecMessage Version=\"4&quot;&amp;8\" xmlns=");
    }

    [Fact]
    public void Write_WithoutIndent_IsOneLineAfterTheDeclaration()
    {
        var xml = Encoding.UTF8.GetString(new DeclarationXmlWriter(new DeclarationXmlOptions { Indent = false }).Write(Sample));
        xml.Count(c => c == '\n').ShouldBe(2);
        xml.ShouldEndWith("</DecMessage>\n");
    }

    [Fact]
    public void Write_EmitEmptyElements_WritesEveryFieldAndEmptyWrappers()
    {
        var xml = Encoding.UTF8.GetString(new DeclarationXmlWriter(new DeclarationXmlOptions { EmitEmptyElements = true }).Write(Sample));
        xml.ShouldContain("<SeqNo />");
        xml.ShouldContain("<DecLicenseDocus />");
        xml.ShouldContain("<DecGoodsLimits />");
    }
}
