using System.Reflection;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.PublicApi;

/// <summary>
/// Keeps the public surface of each package in a reviewed text file (PublicApi/&lt;package&gt;.approved.txt). A change to
/// the public API fails this test until the file is re-approved: run with GATEWAY_APPROVE=1 and review the diff.
/// </summary>
public class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Theory]
    [InlineData("Gateway.Sdk")]
    [InlineData("Gateway.Sdk.OpenXml")]
    [InlineData("Gateway.Sdk.Sqlite")]
    [InlineData("Gateway.Sdk.RabbitMQ")]
    public void PublicApi_MatchesTheApprovedFile(string package)
    {
        var assembly = package switch
        {
            "Gateway.Sdk" => typeof(CustomsDeclaration).Assembly,
            "Gateway.Sdk.OpenXml" => typeof(Gateway.Sdk.OpenXml.DeclarationWorkbookTemplate).Assembly,
            "Gateway.Sdk.Sqlite" => typeof(Gateway.Sdk.Sqlite.SqliteBatchJournal).Assembly,
            _ => typeof(Gateway.Sdk.RabbitMQ.RabbitMqGatewayClient).Assembly,
        };
        var path = Path.Combine(TestFiles.RepositoryRoot, "tests", "Gateway.Sdk.Tests", "PublicApi", $"{package}.approved.txt");
        var actual = string.Join('\n', Describe(assembly)) + "\n";
        if (Environment.GetEnvironmentVariable("GATEWAY_APPROVE") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue("run once with GATEWAY_APPROVE=1 to create the approved API file");
        actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"), $"the public API changed; if intended, rerun with GATEWAY_APPROVE=1 and review the diff of {package}.approved.txt");
    }

    private static IEnumerable<string> Describe(Assembly assembly) =>
        assembly.GetExportedTypes()
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .SelectMany(static t => new[] { $"{Kind(t)} {t.FullName}{Base(t)}" }
                .Concat(t.GetMembers(Declared)
                    .Where(static m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                    .Select(static m => $"  {Member(m)}")
                    .Order(StringComparer.Ordinal)));

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsInterface ? "interface" : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : "class";

    private static string Base(Type t) => t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) ? $" : {b.Name}" : string.Empty;

    private static bool IsCompilerGenerated(MemberInfo m) =>
        m.Name is "<Clone>$" or "EqualityContract" or "PrintMembers" || m.Name.StartsWith('<');

    private static string Member(MemberInfo m) => m switch
    {
        PropertyInfo p => $"property {p.PropertyType.Name} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(static c => c.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"field {f.FieldType.Name} {f.Name}",
        _ => m.ToString()!,
    };
}
