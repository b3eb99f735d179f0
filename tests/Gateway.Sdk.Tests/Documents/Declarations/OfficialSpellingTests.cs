using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Sdk.Tests.Documents.Declarations;

/// <summary>Pins the misspelled element names of the specification: they must go on the wire exactly as the single window spells them.</summary>
public class OfficialSpellingTests
{
    public static TheoryData<string, string> Misspellings() => new()
    {
        { "DecHead", "DistinatePort" },
        { "DecHead", "PartenerID" },
        { "DecHead", "PromiseItmes" },
        { "DecHead", "TaxAaminMark" },
        { "EdocRealation", "EdocFomatType" },
        { "DecCopPromise", "DeclaratioMaterialCode" },
        { "EcoRelation", "ExtendFiled" },
    };

    [Theory]
    [MemberData(nameof(Misspellings))]
    public void FieldTable_KeepsTheOfficialMisspelling(string block, string element) =>
        FieldRule.All.ContainsKey($"{block}/{element}").ShouldBeTrue($"{block}/{element}");

    [Fact]
    public void Writer_EmitsTheMisspelledBlockAndElements()
    {
        var declaration = QuickStart.ExportDeclarationSample.Create() with
        {
            Head = QuickStart.ExportDeclarationSample.Create().Head with { DeclarantId = "P1", TaxAdministrationMark = "0" },
            Promises = [new EnterprisePromise { MaterialCode = "102053" }],
            OriginCertificateRelations = [new OriginCertificateRelation { CertificateType = "Y22", DeclarationItemNumber = "1", CertificateNumber = "C1", CertificateItemNumber = "1", Extension = "x" }],
        };
        var xml = System.Text.Encoding.UTF8.GetString(new DeclarationXmlWriter().Write(declaration));
        foreach (var name in new[] { "<DistinatePort>", "<PartenerID>", "<PromiseItmes>", "<TaxAaminMark>", "<EdocRealation>", "<EdocFomatType>", "<DeclaratioMaterialCode>", "<ExtendFiled>" })
        {
            xml.ShouldContain(name);
        }
    }
}
