namespace Gateway.Integration.Tests;

/// <summary>The README's main job works, and its code sample is the QuickStart's program.</summary>
public class QuickStartTests
{
    [Fact]
    public void QuickStart_Runs_WritesAValidDeclaration()
    {
        var (exit, output, error) = Repository.RunDll("QuickStart.dll");
        (exit, error).ShouldBe((0, string.Empty));
        var path = output.Trim().Split(" written to ")[^1];
        File.Exists(path).ShouldBeTrue(output);
        Repository.RunDll("gateway.dll", "validate", path).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Readme_FirstDeclarationSample_IsTheQuickStartProgram()
    {
        var program = File.ReadAllText(Path.Combine(Repository.Root, "examples", "QuickStart", "Program.cs")).ReplaceLineEndings("\n");
        var start = program.IndexOf('\n', program.IndexOf("// README:begin", StringComparison.Ordinal)) + 1;
        var sample = program[start..program.IndexOf("// README:end", StringComparison.Ordinal)];
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        readme.ShouldContain("```csharp\n" + sample + "```\n");
        sample.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(15);
    }

    [Fact]
    public void Readme_StartsWithTheTwoSetUpCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        lines[2].ShouldStartWith("```");
        lines[3].ShouldStartWith("dotnet run --project examples/QuickStart");
        lines[4].ShouldStartWith("dotnet test Gateway.Sdk.sln");
        File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")).ShouldContain("dotnet test Gateway.Sdk.sln");
    }
}
