using System.Text;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Tests.Xml;

/// <summary>Hostile and broken input ends in one clear issue, with bounded memory and no hang, through both entry points.</summary>
public class HostileXmlTests
{
    private const string Ns = "http://www.chinaport.gov.cn/dec";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "DTD", $"<!DOCTYPE DecMessage [<!ELEMENT DecMessage ANY>]><DecMessage xmlns=\"{Ns}\"/>", "XML004" },
        { "external entity", $"<!DOCTYPE DecMessage [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>&xxe;</AgentName></DecHead></DecMessage>", "XML004" },
        { "billion laughs", BillionLaughs(), "XML004" },
        { "truncated", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + $"<DecMessage xmlns=\"{Ns}\">\n  <DecHead>\n    <AgentName>深圳", "XML001" },
        { "wrong encoding declaration", $"<?xml version=\"1.0\" encoding=\"GBK\"?><DecMessage xmlns=\"{Ns}\"/>", "XML003" },
        { "not XML", "AgentCode=4403968821", "XML001" },
        { "empty", string.Empty, "XML001" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reader_HostileInput_EndsInOneClearIssue(string name, string xml, string code)
    {
        var result = await Task.Run(() => new DeclarationXmlReader().Read(Encoding.UTF8.GetBytes(xml))).WaitAsync(TimeSpan.FromSeconds(30));
        result.Value.ShouldBeNull(name);
        ShouldBeClear(result.Report.Issues.ShouldHaveSingleItem(), code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FastReader_HostileInput_LeavesItToXmlReader(string name, string xml, string code)
    {
        _ = code;
        var bytes = Encoding.UTF8.GetBytes(xml);
        DeclarationUtf8Reader.TryRead(bytes, 0, bytes.Length, XmlLimits.Default).ShouldBeNull(name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validator_HostileInput_EndsInOneClearIssue(string name, string xml, string code)
    {
        var result = await Task.Run(() => new DocumentValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)))).WaitAsync(TimeSpan.FromSeconds(30));
        ShouldBeClear(result.Report.Issues.ShouldHaveSingleItem(name), code);
    }

    [Fact]
    public void ExternalEntity_IsNeverResolved()
    {
        var xml = $"<!DOCTYPE DecMessage [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>&xxe;</AgentName></DecHead></DecMessage>";
        var issue = new DeclarationXmlReader().Read(Encoding.UTF8.GetBytes(xml)).Report.Issues.ShouldHaveSingleItem();
        issue.Message.ShouldNotContain(Environment.MachineName);
        issue.Message.ShouldNotContain("DtdProcessing");
    }

    [Fact]
    public async Task DeepNesting_100000Levels_IsRefusedAtTheDepthLimit()
    {
        var xml = Encoding.UTF8.GetBytes($"<DecMessage xmlns=\"{Ns}\"><DecHead>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</DecHead></DecMessage>");
        var read = await Task.Run(() => new DeclarationXmlReader().Read(xml)).WaitAsync(TimeSpan.FromSeconds(30));
        ShouldBeClear(read.Report.Issues.ShouldHaveSingleItem(), "XML002");
        var validated = await Task.Run(() => new DocumentValidator().Validate(new MemoryStream(xml))).WaitAsync(TimeSpan.FromSeconds(30));
        ShouldBeClear(validated.Report.Issues.ShouldHaveSingleItem(), "XML002");
    }

    [Fact]
    public async Task HugeTextNode_200MB_IsRefusedWithBoundedMemory()
    {
        const long size = 200L * 1024 * 1024;
        var result = await Task.Run(() =>
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            var r = new DeclarationXmlReader().Read(new GeneratedStream($"<DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>", 'A', size, "</AgentName></DecHead></DecMessage>"));
            return (r, GC.GetAllocatedBytesForCurrentThread() - start);
        }).WaitAsync(TimeSpan.FromSeconds(60));
        ShouldBeClear(result.r.Report.Issues.ShouldHaveSingleItem(), "XML002");
        result.Item2.ShouldBeLessThan(size, "the reader must stop at the character limit, not buffer the whole text");

        var validated = await Task.Run(() => new DocumentValidator().Validate(new GeneratedStream($"<DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>", 'A', size, "</AgentName></DecHead></DecMessage>"))).WaitAsync(TimeSpan.FromSeconds(60));
        ShouldBeClear(validated.Report.Issues.ShouldHaveSingleItem(), "XML002");
    }

    [Fact]
    public void Utf16ByteOrderMark_IsRefused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<DecMessage xmlns=\"{Ns}\"/>")).ToArray();
        ShouldBeClear(new DeclarationXmlReader().Read(bytes).Report.Issues.ShouldHaveSingleItem(), "XML003");
    }

    [Fact]
    public void GbkBytesDeclaredAsUtf8_AreRefusedNotMangled()
    {
        var gbkName = new byte[] { 0xC9, 0xEE, 0xDB, 0xDA }; // 深圳 in GBK: invalid as UTF-8
        var bytes = Encoding.ASCII.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>").Concat(gbkName).Concat(Encoding.ASCII.GetBytes("</AgentName></DecHead></DecMessage>")).ToArray();
        ShouldBeClear(new DeclarationXmlReader().Read(bytes).Report.Issues.ShouldHaveSingleItem(), "XML003");
    }

    [Fact]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(new DeclarationXmlWriter().Write(QuickStart.ExportDeclarationSample.Create())).ToArray();
        new DeclarationXmlReader().Read(bytes).Report.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Truncated_ReportsWhereTheFileEnds()
    {
        var issue = new DeclarationXmlReader().Read(Encoding.UTF8.GetBytes($"<DecMessage xmlns=\"{Ns}\">\n  <DecHead>\n    <AgentName>x")).Report.Issues.ShouldHaveSingleItem();
        issue.Location.Line.ShouldBe(3);
    }

    private static void ShouldBeClear(ValidationIssue issue, string code)
    {
        issue.Code.ShouldBe(code);
        issue.Severity.ShouldBe(ValidationSeverity.Error);
        issue.Message.ShouldNotContain("\n");
        issue.Message.ShouldNotContain("   at ");
        issue.Message.Length.ShouldBeLessThan(300);
    }

    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
        }

        return dtd.Append($"]><DecMessage xmlns=\"{Ns}\"><DecHead><AgentName>&lol9;</AgentName></DecHead></DecMessage>").ToString();
    }
}
