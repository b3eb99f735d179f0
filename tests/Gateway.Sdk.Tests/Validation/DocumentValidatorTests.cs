using System.Text;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;
using QuickStart;

namespace Gateway.Sdk.Tests.Validation;

public class DocumentValidatorTests
{
    private static readonly string Export = Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(ExportDeclarationSample.Create()));

    [Fact]
    public void Validate_UnknownElementInHead_IsOneSchemaErrorWithLineAndXPath()
    {
        var xml = Export.Replace("<AgentName>", "<Agentname>x</Agentname>\n    <AgentName>", StringComparison.Ordinal);
        var issue = Run(xml).Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("XSD001");
        issue.Location.XPath.ShouldBe("/DecMessage/DecHead/Agentname");
        (issue.Location.Line, issue.Location.Column).ShouldBe((5, 6));
        issue.Message.ShouldNotContain("http://www.chinaport.gov.cn/dec");
    }

    [Fact]
    public void Validate_TooLongValue_IsReportedOnceByTheSchema()
    {
        var xml = Export.Replace("<AgentName>深圳市前海通关服务有限公司</AgentName>", $"<AgentName>{new string('名', 101)}</AgentName>", StringComparison.Ordinal);
        var issue = Run(xml).Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.XPath).ShouldBe(("XSD001", "/DecMessage/DecHead/AgentName"));
    }

    [Fact]
    public void Validate_RuleIssue_GetsTheLineOfItsElement()
    {
        var xml = Export.Replace("<NetWt>1620</NetWt>", "<NetWt>99999</NetWt>", StringComparison.Ordinal);
        var issue = Run(xml).Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("DEC014");
        issue.Location.Line.ShouldBe(Line(xml, "<GrossWet>"));
        issue.Location.PropertyPath.ShouldBe("Head.GrossWeight");
    }

    [Fact]
    public void Validate_MissingField_GetsTheLineOfItsBlock()
    {
        var xml = Export.Replace("    <GrossWet>1850.5</GrossWet>\n", string.Empty, StringComparison.Ordinal);
        var issue = Run(xml).Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("DEC001");
        issue.Location.Line.ShouldBe(Line(xml, "<DecHead>"));
    }

    [Fact]
    public void Validate_ValueThatDoesNotConvert_IsReportedByTheReaderWithItsLine()
    {
        var xml = Export.Replace("<CodeTS>8471300000</CodeTS>", "<CodeTS>84713ABC00</CodeTS>", StringComparison.Ordinal);
        var issue = Run(xml).Issues.ShouldHaveSingleItem();
        (issue.Code, issue.Location.Line, issue.Location.PropertyPath).ShouldBe(("DEC010", Line(xml, "84713ABC00"), "Goods[0].HsCode"));
    }

    [Fact]
    public void Validate_LevelFromDocumentOrOverride()
    {
        var draft = Export.Replace("<OperType>C</OperType>", "<OperType>G</OperType>", StringComparison.Ordinal).Replace("    <GrossWet>1850.5</GrossWet>\n", string.Empty, StringComparison.Ordinal);
        Run(draft).Issues.ShouldBeEmpty();
        Run(draft, ValidationLevel.Submit).Issues.ShouldHaveSingleItem().Code.ShouldBe("DEC001");
    }

    [Fact]
    public void Validate_OtherRoot_IsNotAKnownFamily()
    {
        var result = new DocumentValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes("<Manifest xmlns=\"urn:x\"/>")));
        result.Family.ShouldBeNull();
        var issue = result.Report.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("GW001");
        issue.Message.ShouldContain("DecMessage");
    }

    [Fact]
    public void Validate_OfficialSchemaFolder_ReplacesTheEmbeddedSchema()
    {
        var dir = Directory.CreateTempSubdirectory("xsd");
        File.WriteAllText(Path.Combine(dir.FullName, "strict.xsd"), """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.chinaport.gov.cn/dec" elementFormDefault="qualified">
              <xs:element name="DecMessage"><xs:complexType><xs:sequence><xs:element name="Nothing"/></xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """);
        var validator = new DocumentValidator(new DocumentValidatorOptions { Schemas = SchemaCatalog.FromDirectory(dir.FullName) });
        var report = validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(Export))).Report;
        report.Issues.ShouldContain(i => i.Code == "XSD001");
    }

    [Fact]
    public void SchemaCatalog_Default_HasTheDeclarationSchema() =>
        SchemaCatalog.Default.Namespaces.ShouldContain(CustomsDeclaration.Namespace);

    [Fact]
    public void SchemaCatalog_FolderSchemas_MayIncludeEachOtherButNothingOutside()
    {
        var root = Directory.CreateTempSubdirectory("xsd");
        var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "official"));
        const string Part = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a"><xs:element name="Part"/></xs:schema>""";
        File.WriteAllText(Path.Combine(root.FullName, "outside.xsd"), Part);
        File.WriteAllText(Path.Combine(folder.FullName, "part.xsd"), Part);
        const string Main = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:a="urn:a" targetNamespace="urn:a"><xs:include schemaLocation="{0}"/><xs:element name="Root"><xs:complexType><xs:sequence><xs:element ref="a:Part"/></xs:sequence></xs:complexType></xs:element></xs:schema>""";
        File.WriteAllText(Path.Combine(folder.FullName, "main.xsd"), Main.Replace("{0}", "part.xsd", StringComparison.Ordinal));
        SchemaCatalog.FromDirectory(folder.FullName).Find("urn:a").ShouldNotBeNull();

        File.Delete(Path.Combine(folder.FullName, "part.xsd"));
        File.WriteAllText(Path.Combine(folder.FullName, "main.xsd"), Main.Replace("{0}", "../outside.xsd", StringComparison.Ordinal));
        Should.Throw<System.Xml.Schema.XmlSchemaException>(() => SchemaCatalog.FromDirectory(folder.FullName).Find("urn:a"));
    }

    private static ValidationReport Run(string xml, ValidationLevel? level = null) =>
        new DocumentValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)), level).Report;

    private static int Line(string xml, string text) => xml[..xml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
