using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.Documents.TaxRefund;

/// <summary>The sample refund filing the docs use (<c>examples/data/taxrefund-sample.xml</c>) and its declarations: made by
/// <see cref="SampleRefund"/>, re-made with GATEWAY_APPROVE=1; valid, and in agreement with its declarations.</summary>
public class SampleRefundTests
{
    private static readonly string Data = Path.Combine(TestFiles.RepositoryRoot, "examples", "data");

    [Fact]
    public void TaxRefundSample_IsValidAndAgreesWithItsDeclarations()
    {
        var (expected, declarations) = SampleRefund.Create();
        var folder = Path.Combine(Data, "taxrefund-declarations");
        if (Environment.GetEnvironmentVariable("GATEWAY_APPROVE") == "1")
        {
            File.WriteAllBytes(Path.Combine(Data, "taxrefund-sample.xml"), TaxRefundXmlWriter.Write(expected));
            Directory.CreateDirectory(folder);
            declarations.ForEach(d => File.WriteAllBytes(Path.Combine(folder, $"{d.Head.EntryId}.xml"), new DeclarationXmlWriter().Write(d)));
        }

        var filing = new TaxRefundXmlReader().Read(File.ReadAllBytes(Path.Combine(Data, "taxrefund-sample.xml"))).GetValueOrThrow();
        var read = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(f => new DeclarationXmlReader().Read(File.ReadAllBytes(f)).GetValueOrThrow()).ToList();

        filing.ShouldBe(expected);
        read.Count.ShouldBe(SampleRefund.Declarations);
        filing.ExportRows.Count.ShouldBeGreaterThanOrEqualTo(20);
        new TaxRefundValidator().Validate(filing).Issues.ShouldBeEmpty();
        RefundComparison.Compare(filing, read).Issues.ShouldBeEmpty();
        RefundArithmetic.Totals(filing).RefundableAmount.ShouldBe(filing.PurchaseRows.Sum(static r => r.RefundableAmount));
    }
}
