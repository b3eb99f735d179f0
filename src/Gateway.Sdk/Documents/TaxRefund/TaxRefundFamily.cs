using System.Collections.Frozen;
using System.Xml;
using Gateway.Sdk.Transport;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Registers export tax-refund filings (<c>TaxRefundFiling</c> in the SDK's own namespace) with <see cref="DocumentValidator"/> and the transport.</summary>
/// <remarks>A filing's client-side id is <c>TaxpayerId-Period-Batch</c>: a taxpayer files one batch of a period once, so a
/// corrected filing of the same batch is refused as a different payload under a used id, as the bureau refuses it until
/// the first is withdrawn.</remarks>
internal sealed partial class TaxRefundFamily : DocumentFamily
{
    private static readonly string[] IdParts = ["TaxpayerId", "Period", "Batch"];

    private static readonly FrozenSet<string> Repeated = FrozenSet.ToFrozenSet(["ExportRow", "PurchaseRow"], StringComparer.Ordinal);

    public override string Name => "taxrefund";

    public override string RootElement => "TaxRefundFiling";

    public override string Namespace => TaxRefundXmlWriter.Namespace;

    public override IReadOnlySet<string> RepeatedElements => Repeated;

    /// <summary>Gets the message type: the tax bureau's channel has no public DXP type, so the SDK names it.</summary>
    public override string MessageTypeOf(string ns) => "TAXREFUND";

    public override bool Accepts(string root, string ns) => root == RootElement && ns == Namespace;

    public override string ClientIdPath => "TaxpayerId, Period and Batch";

    public override string? ClientId(XmlElement root)
    {
        var parts = IdParts.Select(name => root.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name)?.InnerText.Trim()).ToList();
        return parts.All(static p => !string.IsNullOrEmpty(p)) ? string.Join('-', parts) : null;
    }

    public override IReadOnlySet<string> ReceiptRoots { get; } = FrozenSet.ToFrozenSet(["TaxRefundReceipt"], StringComparer.Ordinal);

    public override GatewayReceipt? ReadReceipt(ReadOnlyMemory<byte> xml, XmlLimits limits, out ValidationReport report)
    {
        var result = new TaxRefundXmlReader(limits).ReadReceipt(xml.ToArray());
        report = result.Report;
        return result.Value is { } receipt ? GatewayReceipt.From(receipt) : null;
    }

    public override IReadOnlyList<ValidationIssue> ReadAndValidate(Stream utf8Xml, ReadSession session, ValidationLevel? level, DocumentValidatorOptions options)
    {
        using var copy = new MemoryStream();
        utf8Xml.CopyTo(copy);
        return TaxRefundXmlReader.Read(copy.ToArray(), session) is { } filing
            ? [.. new TaxRefundValidator().Validate(filing).Issues.Select(static i => i with { Location = i.Location with { XPath = XPath(i.Location.PropertyPath) } })]
            : [];
    }

    /// <summary>Turns a rule's property path (<c>PurchaseRows[2].Quantity</c>) into the element's XPath (<c>/TaxRefundFiling/PurchaseRow[3]/Quantity</c>).</summary>
    internal static string? XPath(string? propertyPath) => propertyPath is null ? null : "/TaxRefundFiling/" + RowIndex().Replace(propertyPath, static m =>
        $"{m.Groups[1].Value}Row[{int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) + 1}]").Replace('.', '/');

    [System.Text.RegularExpressions.GeneratedRegex(@"(Export|Purchase)Rows\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RowIndex();
}
