namespace Gateway.Sdk.Tests;

/// <summary>Finds test data in the source tree, and approves golden files when GATEWAY_APPROVE=1.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TestData(string relative) => Path.Combine(RepositoryRoot, "tests", "Gateway.Sdk.Tests", "TestData", relative);

    /// <summary>Compares bytes with a golden file; with GATEWAY_APPROVE=1 in the environment, rewrites the golden file instead.</summary>
    public static void MatchesGolden(byte[] actual, string name)
    {
        var path = TestData(Path.Combine("golden", name));
        if (Environment.GetEnvironmentVariable("GATEWAY_APPROVE") == "1")
        {
            File.WriteAllBytes(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"golden file {path} is missing; run the tests once with GATEWAY_APPROVE=1 and review the file");
        var expected = File.ReadAllBytes(path);
        System.Text.Encoding.UTF8.GetString(actual).ShouldBe(System.Text.Encoding.UTF8.GetString(expected), $"output differs from {name}; if the change is intended, rerun with GATEWAY_APPROVE=1 and review the diff");
        actual.ShouldBe(expected);
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
