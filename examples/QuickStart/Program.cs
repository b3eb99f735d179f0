using Gateway.Sdk.Documents.Declarations;
using QuickStart;

// README:begin — file your first declaration (kept in sync with README.md by a test)
var declaration = ExportDeclarationSample.Create(clientSeqNo: "EXP202611220001");

var report = new DeclarationValidator().Validate(declaration);
foreach (var issue in report.Issues)
{
    Console.WriteLine(issue);
}

if (!report.IsValid)
{
    return 1;
}

var path = Path.Combine(Path.GetTempPath(), $"{declaration.Sign.ClientSeqNo}.xml");
File.WriteAllBytes(path, new DeclarationXmlWriter().Write(declaration));
Console.WriteLine($"Valid export declaration with {declaration.Goods.Count} goods lines written to {path}");
// README:end
return 0;
