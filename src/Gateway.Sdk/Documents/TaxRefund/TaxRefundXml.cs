using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Writes a <see cref="TaxRefundFiling"/> in the SDK's own XML interchange format (<c>schemas/taxrefund/TaxRefund.xsd</c>).</summary>
/// <remarks>
/// The namespace <c>urn:gateway-sdk:taxrefund:1</c> is the SDK's: the tax bureau publishes no XML for refund filings, so
/// this format is for storing and exchanging filings between systems, not for the bureau's tools. Output is UTF-8 without
/// a byte order mark, indented, elements in the forms' column order, optional fields left out when empty, dates
/// <c>yyyy-MM-dd</c>, numbers invariant, money with at least two decimals. Thread-safe.
/// </remarks>
public static class TaxRefundXmlWriter
{
    /// <summary>The namespace of the SDK's refund format.</summary>
    public const string Namespace = "urn:gateway-sdk:taxrefund:1";

    /// <summary>Writes a filing.</summary>
    /// <param name="filing">The filing.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text holds a character XML cannot carry (a control character other than tab and line breaks).</exception>
    public static byte[] Write(TaxRefundFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return Document("TaxRefundFiling", w =>
        {
            Text(w, "TaxpayerId", filing.TaxpayerId);
            Text(w, "TaxpayerName", filing.TaxpayerName);
            Text(w, "Period", filing.Period);
            Text(w, "Batch", filing.Batch);
            Text(w, "ManagementClass", filing.ManagementClass?.ToString(CultureInfo.InvariantCulture));
            foreach (var r in filing.ExportRows)
            {
                w.WriteStartElement("ExportRow", Namespace);
                Text(w, "RowNumber", r.RowNumber.ToString(CultureInfo.InvariantCulture));
                Text(w, "LinkNumber", r.LinkNumber);
                Text(w, "ExportInvoiceNumber", r.ExportInvoiceNumber);
                Text(w, "DeclarationNumber", r.DeclarationNumber);
                Text(w, "AgencyCertificateNumber", r.AgencyCertificateNumber);
                Text(w, "ExportDate", Date(r.ExportDate));
                Text(w, "CommodityCode", r.CommodityCode);
                Text(w, "CommodityName", r.CommodityName);
                Text(w, "Unit", r.Unit);
                Text(w, "Quantity", Number(r.Quantity));
                Text(w, "FobUsd", Amount(r.FobUsd));
                Text(w, "DeclaredCommodityCode", r.DeclaredCommodityCode);
                Text(w, "BusinessType", r.BusinessType);
                Text(w, "Remark", r.Remark);
                w.WriteEndElement();
            }

            foreach (var r in filing.PurchaseRows)
            {
                w.WriteStartElement("PurchaseRow", Namespace);
                Text(w, "RowNumber", r.RowNumber);
                Text(w, "LinkNumber", r.LinkNumber);
                Text(w, "TaxKind", r.TaxKind == RefundTaxKind.Vat ? "V" : "C");
                Text(w, "VoucherNumber", r.VoucherNumber);
                Text(w, "InvoiceDate", Date(r.InvoiceDate));
                Text(w, "CommodityCode", r.CommodityCode);
                Text(w, "CommodityName", r.CommodityName);
                Text(w, "Unit", r.Unit);
                Text(w, "Quantity", Number(r.Quantity));
                Text(w, "TaxableAmount", Amount(r.TaxableAmount));
                Text(w, "TaxRate", Number(r.TaxRate));
                Text(w, "RefundRate", Number(r.RefundRate));
                Text(w, "RefundableAmount", Amount(r.RefundableAmount));
                w.WriteEndElement();
            }
        });
    }

    /// <summary>Writes a feedback receipt.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text holds a character XML cannot carry.</exception>
    public static byte[] WriteReceipt(TaxRefundReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return Document("TaxRefundReceipt", w =>
        {
            Text(w, "TaxpayerId", receipt.TaxpayerId);
            Text(w, "Period", receipt.Period);
            Text(w, "Batch", receipt.Batch);
            Text(w, "Code", receipt.Code);
            Text(w, "IssuedAt", receipt.IssuedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            Text(w, "Note", receipt.Note);
        });
    }

    /// <summary>Writes a document of the format: UTF-8 without BOM, indented, the root in the refund namespace around what <paramref name="body"/> writes.</summary>
    private static byte[] Document(string root, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" }))
        {
            w.WriteStartElement(root, Namespace);
            body(w);
            w.WriteEndElement();
        }

        return stream.ToArray();
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes money with at least the two decimals the forms show (65000.00), keeping any further ones.</summary>
    internal static string Amount(decimal value) => value.ToString("0.00" + new string('#', 26), CultureInfo.InvariantCulture);

    private static void Text(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(name, Namespace, value);
        }
    }
}

/// <summary>Reads the SDK's refund XML (<see cref="TaxRefundXmlWriter"/>) back into a <see cref="TaxRefundFiling"/>.</summary>
/// <remarks>
/// Issues: <c>TRX001</c> the root is not <c>TaxRefundFiling</c> in <c>urn:gateway-sdk:taxrefund:1</c>; <c>TRX002</c>
/// (warning) an element the format does not have, skipped; <c>TRX003</c> a required field missing or a value that does
/// not convert (the row is left out). Hostile input (a DTD, entity expansion, too deep or too large) ends in one issue,
/// never an exception. Thread-safe.
/// </remarks>
public sealed class TaxRefundXmlReader
{
    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="TaxRefundXmlReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public TaxRefundXmlReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Reads a filing from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The filing (unless the document is not a readable refund filing) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<TaxRefundFiling> Read(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var s = new ReadSession(_limits, recordPositions: false);
        return new ReadResult<TaxRefundFiling>(Read(utf8Xml, s), new ValidationReport(s.Issues));
    }

    /// <summary>Reads a filing, leaving the issues (and, when the session records them, the elements' positions) in the session.</summary>
    internal static TaxRefundFiling? Read(byte[] utf8Xml, ReadSession s)
    {
        if (Root(utf8Xml, "TaxRefundFiling", s) is not { } root)
        {
            return null;
        }

        var fields = new Fields(s, root, "/TaxRefundFiling", ["TaxpayerId", "TaxpayerName", "Period", "Batch", "ManagementClass", "ExportRow", "PurchaseRow"]);
        var exports = root.Children.Where(static c => c.Name == "ExportRow").Select((c, i) => Export(new Fields(s, c, $"/TaxRefundFiling/ExportRow[{i + 1}]", ExportNames))).OfType<ExportDetailRow>().ToList();
        var purchases = root.Children.Where(static c => c.Name == "PurchaseRow").Select((c, i) => Purchase(new Fields(s, c, $"/TaxRefundFiling/PurchaseRow[{i + 1}]", PurchaseNames))).OfType<PurchaseDetailRow>().ToList();
        return new TaxRefundFiling
        {
            TaxpayerId = fields.Required("TaxpayerId") ?? string.Empty,
            TaxpayerName = fields.Required("TaxpayerName") ?? string.Empty,
            Period = fields.Required("Period") ?? string.Empty,
            Batch = fields.Required("Batch") ?? string.Empty,
            ManagementClass = fields.Optional("ManagementClass") is null ? null : fields.Int("ManagementClass"),
            ExportRows = exports,
            PurchaseRows = purchases,
        };
    }

    /// <summary>Reads a feedback receipt (<see cref="TaxRefundReceipt"/>) from UTF-8 XML bytes.</summary>
    /// <param name="utf8Xml">The document.</param>
    /// <returns>The receipt (unless the document is not a readable refund receipt) and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<TaxRefundReceipt> ReadReceipt(byte[] utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var s = new ReadSession(_limits, recordPositions: false);
        if (Root(utf8Xml, "TaxRefundReceipt", s) is not { } root)
        {
            return new ReadResult<TaxRefundReceipt>(null, new ValidationReport(s.Issues));
        }

        var f = new Fields(s, root, "/TaxRefundReceipt", ["TaxpayerId", "Period", "Batch", "Code", "IssuedAt", "Note"]);
        var (id, period, batch, code, issued) = (f.Required("TaxpayerId"), f.Required("Period"), f.Required("Batch"), f.Required("Code"), f.Required("IssuedAt"));
        DateTimeOffset? at = issued is null ? null : DateTimeOffset.TryParseExact(issued, "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : f.Invalid<DateTimeOffset>("IssuedAt", issued, "a time written yyyy-MM-ddTHH:mm:ss+08:00");
        var receipt = id is null || period is null || batch is null || code is null || at is null ? null : new TaxRefundReceipt
        {
            TaxpayerId = id,
            Period = period,
            Batch = batch,
            Code = code,
            IssuedAt = at.Value,
            Note = f.Optional("Note"),
        };
        return new ReadResult<TaxRefundReceipt>(receipt, new ValidationReport(s.Issues));
    }

    /// <summary>Reads the document into a tree when its root is <paramref name="name"/> in the refund namespace; otherwise leaves one issue (<c>TRX001</c>, or the input's own).</summary>
    private static XmlTree? Root(byte[] utf8Xml, string name, ReadSession s) =>
        XmlTree.ReadDocument(new MemoryStream(utf8Xml, writable: false), s, "TRX001", (root, ns) => root == name && ns == TaxRefundXmlWriter.Namespace ? null
            : $"the root element is {{{ns}}}{root}; expected {name} in namespace {TaxRefundXmlWriter.Namespace}");

    private static readonly string[] ExportNames = ["RowNumber", "LinkNumber", "ExportInvoiceNumber", "DeclarationNumber", "AgencyCertificateNumber", "ExportDate", "CommodityCode", "CommodityName", "Unit", "Quantity", "FobUsd", "DeclaredCommodityCode", "BusinessType", "Remark"];

    private static readonly string[] PurchaseNames = ["RowNumber", "LinkNumber", "TaxKind", "VoucherNumber", "InvoiceDate", "CommodityCode", "CommodityName", "Unit", "Quantity", "TaxableAmount", "TaxRate", "RefundRate", "RefundableAmount"];

    private static ExportDetailRow? Export(Fields f)
    {
        var (row, link, declaration, date, code, name, unit, quantity, fob) = (f.Int("RowNumber"), f.Required("LinkNumber"), f.Required("DeclarationNumber"), f.Date("ExportDate"), f.Required("CommodityCode"), f.Required("CommodityName"), f.Required("Unit"), f.Number("Quantity"), f.Number("FobUsd"));
        return row is null || link is null || declaration is null || date is null || code is null || name is null || unit is null || quantity is null || fob is null ? null : new ExportDetailRow
        {
            RowNumber = row.Value,
            LinkNumber = link,
            ExportInvoiceNumber = f.Optional("ExportInvoiceNumber"),
            DeclarationNumber = declaration,
            AgencyCertificateNumber = f.Optional("AgencyCertificateNumber"),
            ExportDate = date.Value,
            CommodityCode = code,
            CommodityName = name,
            Unit = unit,
            Quantity = quantity.Value,
            FobUsd = fob.Value,
            DeclaredCommodityCode = f.Optional("DeclaredCommodityCode"),
            BusinessType = f.Optional("BusinessType"),
            Remark = f.Optional("Remark"),
        };
    }

    private static PurchaseDetailRow? Purchase(Fields f)
    {
        var kind = f.Required("TaxKind") switch
        {
            "V" => RefundTaxKind.Vat,
            "C" => RefundTaxKind.Consumption,
            null => (RefundTaxKind?)null,
            var other => f.Invalid<RefundTaxKind>("TaxKind", other, "V (VAT) or C (consumption tax)"),
        };
        var (row, link, voucher, date, code, name, unit) = (f.Required("RowNumber"), f.Required("LinkNumber"), f.Required("VoucherNumber"), f.Date("InvoiceDate"), f.Required("CommodityCode"), f.Required("CommodityName"), f.Required("Unit"));
        var (quantity, taxable, tax, refund, refundable) = (f.Number("Quantity"), f.Number("TaxableAmount"), f.Number("TaxRate"), f.Number("RefundRate"), f.Number("RefundableAmount"));
        return kind is null || row is null || link is null || voucher is null || date is null || code is null || name is null || unit is null || quantity is null || taxable is null || tax is null || refund is null || refundable is null ? null : new PurchaseDetailRow
        {
            RowNumber = row,
            LinkNumber = link,
            TaxKind = kind.Value,
            VoucherNumber = voucher,
            InvoiceDate = date.Value,
            CommodityCode = code,
            CommodityName = name,
            Unit = unit,
            Quantity = quantity.Value,
            TaxableAmount = taxable.Value,
            TaxRate = tax.Value,
            RefundRate = refund.Value,
            RefundableAmount = refundable.Value,
        };
    }

    /// <summary>Reads the child elements of one element by name, reporting unknown, missing and malformed ones.</summary>
    private sealed class Fields
    {
        private readonly ReadSession _s;
        private readonly XmlTree _node;
        private readonly string _xpath;

        public Fields(ReadSession s, XmlTree node, string xpath, IReadOnlyList<string> known)
        {
            (_s, _node, _xpath) = (s, node, xpath);
            s.Record(xpath, node.Line, node.Column);
            foreach (var child in node.Children)
            {
                s.Record($"{xpath}/{child.Name}", child.Line, child.Column);
            }

            foreach (var child in node.Children.Where(c => c.Namespace != TaxRefundXmlWriter.Namespace || !known.Contains(c.Name)))
            {
                s.Add("TRX002", ValidationSeverity.Warning, $"element {child.Name} is not part of the refund format; it is skipped", $"{xpath}/{child.Name}", null, child.Line, child.Column);
            }
        }

        public string? Optional(string name) => _node.Children.FirstOrDefault(c => c.Name == name && c.Namespace == TaxRefundXmlWriter.Namespace)?.Text;

        public string? Required(string name)
        {
            var value = Optional(name);
            if (value is null)
            {
                _s.Add("TRX003", ValidationSeverity.Error, $"{name} is missing; the row is left out", $"{_xpath}/{name}", null, _node.Line, _node.Column);
            }

            return value;
        }

        public int? Int(string name) => Required(name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : Invalid<int>(name, text, "a whole number from 1")
            : null;

        public decimal? Number(string name) => Required(name) is { } text
            ? decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : Invalid<decimal>(name, text, "a number such as 1300.00")
            : null;

        public DateOnly? Date(string name) => Required(name) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : Invalid<DateOnly>(name, text, "a date written yyyy-MM-dd")
            : null;

        public T? Invalid<T>(string name, string text, string expected)
            where T : struct
        {
            _s.Add("TRX003", ValidationSeverity.Error, $"{name} {XmlFormat.Excerpt(text)} is not {expected}{(_node.Name == "TaxRefundFiling" ? string.Empty : "; the row is left out")}", $"{_xpath}/{name}", null, _node.Line, _node.Column);
            return null;
        }
    }
}
