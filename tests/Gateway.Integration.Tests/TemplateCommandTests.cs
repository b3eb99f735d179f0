
namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway template</c> contract: a workbook written, exit 0; an unknown family is a usage error.</summary>
public class TemplateCommandTests
{
    [Fact]
    public void Template_Declaration_WritesAWorkbook()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("gateway-template-").FullName, "declarations.xlsx");
        var (exit, output, error) = Run("template", "declaration", "-o", file);
        (exit, error).ShouldBe((0, string.Empty));
        output.ShouldBe($"{file}: declaration template written\n");
        File.ReadAllBytes(file).Take(2).ShouldBe("PK"u8.ToArray(), "an .xlsx file is a zip package");
    }

    [Fact]
    public void Template_UnknownFamily_IsAUsageError() =>
        Run("template", "cargo", "-o", Path.Combine(Path.GetTempPath(), "x.xlsx")).ExitCode.ShouldBe(2);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}
