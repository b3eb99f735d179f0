namespace Gateway.Integration.Tests;

/// <summary>The README's main job works, and its code sample is the QuickStart's program.</summary>
public class QuickStartTests
{
    [Fact]
    public void QuickStart_Runs_FilesASignedDeclarationAndWatchesItToClosed()
    {
        var (exit, output, error) = Repository.RunDll("QuickStart.dll");
        (exit, error).ShouldBe((0, string.Empty));
        var lines = output.Trim().Split('\n');
        lines[0].ShouldMatch("^Filed declaration EXP[0-9]{15} as DXP message [0-9A-F-]{36}; receipts:$");
        lines[1..].Select(l => l.Split("  ")[1]).ShouldBe(["0", "L", "P", "R"]);
        lines[^1].ShouldContain("  R  Closed  结关");
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
