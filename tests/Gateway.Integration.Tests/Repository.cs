using System.Diagnostics;

namespace Gateway.Integration.Tests;

/// <summary>Finds files of the repository and runs built programs as real processes.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Runs the <c>gateway</c> command in-process and returns its exit code and its output and error text (line ends as <c>\n</c>).</summary>
    public static (int ExitCode, string Output, string Error) Gateway(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Cli.GatewayCommand.Run(args, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public static string Golden(string name) => Path.Combine(Root, "tests", "Gateway.Sdk.Tests", "TestData", "golden", name);

    /// <summary>Runs a program built next to the tests (<c>gateway.dll</c>, <c>QuickStart.dll</c>) with the dotnet host.</summary>
    public static (int ExitCode, string Output, string Error) RunDll(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{dll} did not finish in 2 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.Sdk.sln not found above the test directory.");
    }
}
