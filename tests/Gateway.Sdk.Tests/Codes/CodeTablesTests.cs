using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Tests.Codes;

public class CodeTablesTests
{
    [Fact]
    public void Default_LoadsEveryEmbeddedTableWithItsSource()
    {
        foreach (var name in CodeTables.Names)
        {
            var table = CodeTables.Default.Get(name);
            table.Entries.Count.ShouldBeGreaterThan(0, name);
            table.Description.ShouldContain("Source", Case.Insensitive, name);
        }
    }

    [Theory]
    [InlineData("currencies", "USD", "美元")]
    [InlineData("countries", "CHN", "中国")]
    [InlineData("units", "035", "千克")]
    [InlineData("trade-modes", "0110", "一般贸易")]
    [InlineData("customs-offices", "2200", "上海海关")]
    [InlineData("edoc-codes", "00000001", "发票")]
    public void Get_KnownCode_HasItsChineseName(string table, string code, string name)
    {
        CodeTables.Default.Get(table).TryGet(code, out var entry).ShouldBeTrue();
        entry!.NameZh.ShouldBe(name);
    }

    [Fact]
    public void Currencies_KeepTheLegacyNumericCodeApart()
    {
        CodeTables.Default.Currencies.TryGet("USD", out var usd).ShouldBeTrue();
        usd!.Columns["numeric"].ShouldBe("502");
    }

    [Fact]
    public void IsComplete_FollowsTheStatusLine()
    {
        CodeTables.Default.TradeAgreements.IsComplete.ShouldBeFalse();
        CodeTables.Default.Currencies.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void FromDirectory_FileReplacesEmbeddedTable_OthersFallBack()
    {
        var dir = Directory.CreateTempSubdirectory("codes");
        File.WriteAllText(Path.Combine(dir.FullName, "currencies.csv"), "# Source: test\ncode,numeric,name_zh,name_en\nXTS,999,测试币,Test\n");
        var tables = CodeTables.FromDirectory(dir.FullName);
        tables.Currencies.Contains("XTS").ShouldBeTrue();
        tables.Currencies.Contains("USD").ShouldBeFalse();
        tables.Countries.Contains("CHN").ShouldBeTrue();
    }

    [Fact]
    public void Load_DuplicateCode_ThrowsWithLine()
    {
        var e = Should.Throw<FormatException>(() => CodeTable.Load("t", new StringReader("code,name_zh\nA,x\nA,y\n")));
        e.Message.ShouldContain("t:3");
    }

    [Fact]
    public void Get_UnknownTable_ThrowsArgumentExceptionListingTables() =>
        Should.Throw<ArgumentException>(() => CodeTables.Default.Get("ports")).Message.ShouldContain("currencies");

    [Fact]
    public void FromDirectory_MissingFolder_Throws() =>
        Should.Throw<DirectoryNotFoundException>(() => CodeTables.FromDirectory("/nonexistent/codes"));
}
