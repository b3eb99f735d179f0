using Gateway.Sdk.Edifact;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Writes a <see cref="DeclarationReceipt"/> as a UN/EDIFACT interchange with one CUSRES D.96B message.</summary>
/// <remarks>
/// <para>China Customs publishes no CUSRES guide, so this is the SDK's own, built on the XML receipt: <c>BGM</c> C002/1000
/// names the receipt (<c>DEC_RESULT</c> or <c>DecImportResponse</c>), <c>GIS</c> carries the status code
/// (<c>CHANNEL</c> or <c>ResponseCode</c>), <c>DTM+137</c> the notice time and <c>RFF+AAE</c> (goods declaration number)
/// the entry id; the other elements travel as <c>key=value</c> pairs in <c>FTX+ZZZ</c>, keyed by their XML names. A value
/// too long for its segment goes to <c>FTX+ZZZ</c> too, so <see cref="CusresReader.Read"/> gives back what
/// <see cref="DeclarationReceiptReader"/> gives for the same receipt as XML.</para>
/// <para>The interchange is <c>UNOW</c> syntax 4; by default it is sent by <c>CHINAPORT</c> to <c>GATEWAY-SDK</c>. The
/// message is checked against the CUSRES D.96B segment table before it is written. Thread-safe.</para>
/// </remarks>
public sealed class CusresWriter
{
    private readonly EdifactInterchangeOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CusresWriter"/> class.</summary>
    /// <param name="options">The interchange options; <see langword="null"/> for a receipt from <c>CHINAPORT</c> to <c>GATEWAY-SDK</c>.</param>
    public CusresWriter(EdifactInterchangeOptions? options = null) =>
        _options = options ?? new EdifactInterchangeOptions { Sender = "CHINAPORT", Recipient = "GATEWAY-SDK" };

    /// <summary>Writes a receipt.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The interchange bytes (UTF-8).</returns>
    /// <exception cref="EdifactException">The receipt's texts are longer than CUSRES can carry (<c>EDI401</c>).</exception>
    public byte[] Write(DeclarationReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var fallback = new Fallback();
        var coded = new List<EdifactSegment>();
        EdifactSegment? date = null, reference = null;
        foreach (var (name, value) in DeclarationReceiptWriter.Leaves(receipt))
        {
            switch (name)
            {
                case "NOTICE_DATE" when value.Length is > 0 and <= 35:
                    date = new EdifactSegment("DTM", [["137", value]]);
                    break;
                case "CHANNEL" or "ResponseCode" when value.Length is > 0 and <= 3:
                    coded.Add(new EdifactSegment("GIS", [[value]]));
                    break;
                case "ENTRY_ID" when value.Length is > 0 and <= 35:
                    reference = new EdifactSegment("RFF", [["AAE", value]]);
                    break;
                default:
                    fallback.Add(name, value);
                    break;
            }
        }

        List<EdifactSegment> segments = [new("UNH", [["1"], ["CUSRES", "D", "96B", "UN"]]), new("BGM", [[string.Empty, string.Empty, string.Empty, DeclarationReceiptWriter.RootName(receipt.Kind)]])];
        if (date is not null)
        {
            segments.Add(date);
        }

        if (fallback.WriteTo(segments, room: 9).Count > 0)
        {
            throw new EdifactException("EDI401", "the receipt's texts are longer than the nine FTX segments CUSRES allows: shorten the message text or send the receipt as XML", 0, 0, 0);
        }

        segments.AddRange(coded);
        if (reference is not null)
        {
            segments.Add(reference);
        }

        segments.Add(new EdifactSegment("UNT", [[(segments.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], ["1"]]));
        return _options.Write(segments);
    }
}

/// <summary>Reads a CUSRES message written by <see cref="CusresWriter"/> (or by a partner following the same guide) into a <see cref="DeclarationReceipt"/>.</summary>
/// <remarks>
/// The report holds the envelope findings (<c>EDI2xx</c>), the segment-table findings (<c>EDI3xx</c>), <c>EDI405</c> when
/// the interchange has no CUSRES and <c>EDI406</c> when <c>BGM</c> names no known receipt. Syntax that cannot be read
/// ends in an issue, never an exception. Status and description come from the code as for XML receipts. Thread-safe.
/// </remarks>
public static class CusresReader
{
    /// <summary>Reads the first CUSRES message of an interchange.</summary>
    /// <param name="edifact">The interchange; read to its end and left open.</param>
    /// <returns>The receipt (unless there is no readable CUSRES message) and the problems met.</returns>
    public static ReadResult<DeclarationReceipt> Read(Stream edifact)
    {
        ArgumentNullException.ThrowIfNull(edifact);
        var issues = new List<ValidationIssue>();
        if (!EdifactReader.TryReadFirst(edifact, "CUSRES", issues, out var message))
        {
            return new ReadResult<DeclarationReceipt>(null, new ValidationReport(issues));
        }

        if (message is null)
        {
            issues.Add(new ValidationIssue("EDI405", ValidationSeverity.Error, "the interchange has no CUSRES message: a declaration receipt comes as UNH S009 CUSRES:D:96B:UN", IssueLocation.Document));
            return new ReadResult<DeclarationReceipt>(null, new ValidationReport(issues));
        }

        issues.AddRange(new EdifactValidator().Validate(message).Issues);
        var bgm = message.Segments[1];
        var root = bgm.Tag == "BGM" ? bgm[1, 4] : string.Empty;
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var segment in message.Segments)
        {
            switch (segment.Tag)
            {
                case "DTM" when segment[1, 1] == "137":
                    leaves["NOTICE_DATE"] = segment[1, 2];
                    break;
                case "GIS":
                    leaves[root == "DecImportResponse" ? "ResponseCode" : "CHANNEL"] = segment[1, 1];
                    break;
                case "RFF" when segment[1, 1] == "AAE":
                    leaves["ENTRY_ID"] = segment[1, 2];
                    break;
            }
        }

        foreach (var (key, value, _) in Fallback.Read(message.Segments))
        {
            leaves[key] = value ?? string.Empty;
        }

        var receipt = DeclarationReceiptReader.FromLeaves(root, leaves);
        if (receipt is null)
        {
            issues.Add(new ValidationIssue("EDI406", ValidationSeverity.Error, $"BGM names '{root}', not a declaration receipt: C002/1000 must be DEC_RESULT or DecImportResponse", new IssueLocation { Line = bgm.Line, Column = 1, Segment = bgm.Number, EdifactPath = "BGM/C002/1000" }));
        }

        return new ReadResult<DeclarationReceipt>(receipt, new ValidationReport(issues));
    }
}
