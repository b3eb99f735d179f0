using System.Globalization;
using System.Xml;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Reads declaration receipts: <c>DecImportResponse</c> and <c>DEC_RESULT</c> (also inside <c>DEC_DATA</c>).</summary>
/// <remarks>
/// Namespaces of receipts are not published, so elements are matched by local name. <c>CHANNEL</c> codes map to a
/// <see cref="ReceiptStatus"/> through the data table <c>receipt-channels.csv</c>; unknown codes give
/// <see cref="ReceiptStatus.Unknown"/> and keep their raw value. Input limits as for <see cref="DeclarationXmlReader"/>. Thread-safe.
/// </remarks>
public sealed class DeclarationReceiptReader
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss", "yyyyMMddHHmmss", "yyyyMMddHHmmssfff", "yyyyMMdd"];
    private static readonly Lazy<CodeTable> Channels = new(() =>
    {
        using var reader = CsvData.Embedded("Gateway.Sdk.Declarations.receipt-channels.csv");
        return CodeTable.Load("receipt-channels", reader);
    });

    private readonly XmlLimits _limits;

    /// <summary>Initializes a new instance of the <see cref="DeclarationReceiptReader"/> class.</summary>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    public DeclarationReceiptReader(XmlLimits? limits = null) => _limits = limits ?? XmlLimits.Default;

    /// <summary>Maps a <c>CHANNEL</c> code to a normalized status.</summary>
    /// <param name="channel">The code, such as <c>L</c>, <c>P</c> or <c>SpL</c>.</param>
    /// <returns>The status, or <see cref="ReceiptStatus.Unknown"/>.</returns>
    public static ReceiptStatus StatusOf(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Channels.Value.TryGet(channel, out var entry) && Enum.TryParse<ReceiptStatus>(entry.Columns["status"], out var status) ? status : ReceiptStatus.Unknown;
    }

    /// <summary>Reads a receipt.</summary>
    /// <param name="utf8Xml">The receipt document; left open.</param>
    /// <returns>The receipt and any problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Xml"/> is <see langword="null"/>.</exception>
    public ReadResult<DeclarationReceipt> Read(Stream utf8Xml)
    {
        ArgumentNullException.ThrowIfNull(utf8Xml);
        var session = new ReadSession(_limits, recordPositions: false);
        try
        {
            using var reader = XmlInput.Open(utf8Xml, _limits);
            while (XmlInput.Read(reader, _limits) && reader.NodeType != XmlNodeType.Element)
            {
            }

            if (reader.LocalName == "DEC_DATA")
            {
                var nested = (DeclarationReceipt?)null;
                XmlBlockReader.ForEachChild(reader, session, () =>
                {
                    if (reader.LocalName == "DEC_RESULT" && nested is null)
                    {
                        nested = Result(Leaves(reader, session, "/DEC_DATA/DEC_RESULT"));
                    }
                    else
                    {
                        XmlBlockReader.Capture(reader, _limits);
                    }
                });
                return Done(nested, session, "DEC_DATA has no DEC_RESULT");
            }

            var root = reader.LocalName;
            var receipt = root is "DEC_RESULT" or "DecImportResponse" ? FromLeaves(root, Leaves(reader, session, "/" + root)) : null;
            return Done(receipt, session, $"the root element {reader.LocalName} is not a declaration receipt (DecImportResponse, DEC_RESULT or DEC_DATA)");
        }
        catch (Exception e) when (XmlInput.ToIssue(e, _limits) is { } issue)
        {
            session.Issues.Add(issue);
            return new ReadResult<DeclarationReceipt>(null, new ValidationReport(session.Issues));
        }
    }

    private static ReadResult<DeclarationReceipt> Done(DeclarationReceipt? receipt, ReadSession session, string problem)
    {
        if (receipt is null)
        {
            session.Add("REC001", ValidationSeverity.Error, problem, null, null, 1, 1);
        }

        return new ReadResult<DeclarationReceipt>(receipt, new ValidationReport(session.Issues));
    }

    private static Dictionary<string, string> Leaves(XmlReader reader, ReadSession session, string xpath)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        XmlBlockReader.ForEachChild(reader, session, () => values[reader.LocalName] = XmlBlockReader.ReadText(reader, session, xpath));
        return values;
    }

    /// <summary>Makes a receipt from its root element name and leaf values, or <see langword="null"/> for another root.</summary>
    internal static DeclarationReceipt? FromLeaves(string root, Dictionary<string, string> leaves) => root switch
    {
        "DEC_RESULT" => Result(leaves),
        "DecImportResponse" => Import(leaves),
        _ => null,
    };

    private static DeclarationReceipt Import(Dictionary<string, string> v)
    {
        var code = v.GetValueOrDefault("ResponseCode", string.Empty).Trim();
        return new DeclarationReceipt
        {
            Kind = DeclarationReceiptKind.ImportResponse,
            Status = code switch
            {
                "0" => ReceiptStatus.Accepted,
                "" => ReceiptStatus.Unknown,
                _ => ReceiptStatus.Rejected,
            },
            RawCode = code,
            Description = code switch
            {
                "0" => "导入成功",
                "" => string.Empty,
                _ => "导入失败",
            },
            Message = Value(v, "ErrorMessage"),
            ClientSeqNo = Value(v, "ClientSeqNo"),
            SeqNo = Value(v, "SeqNo"),
            TransitPreEntryId = Value(v, "TrnPreId"),
        };
    }

    private static DeclarationReceipt Result(Dictionary<string, string> v)
    {
        var channel = v.GetValueOrDefault("CHANNEL", string.Empty).Trim();
        var notice = Value(v, "NOTICE_DATE");
        return new DeclarationReceipt
        {
            Kind = DeclarationReceiptKind.Result,
            Status = StatusOf(channel),
            RawCode = channel,
            Description = Channels.Value.TryGet(channel, out var entry) ? entry.NameZh : string.Empty,
            IsTwoStep = channel.StartsWith("Sp", StringComparison.Ordinal),
            SeqNo = Value(v, "CUS_CIQ_NO"),
            EntryId = Value(v, "ENTRY_ID"),
            Message = Value(v, "NOTE"),
            NoticeTime = notice,
            NoticedAt = notice is not null && DateTime.TryParseExact(notice, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? new DateTimeOffset(time, ChinaStandardTime) : null,
            CustomsOffice = Value(v, "CUSTOM_MASTER"),
            ImportExportDate = Value(v, "I_E_DATE"),
            DeclarationDate = Value(v, "D_DATE"),
        };
    }

    private static string? Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var text) && text.Trim().Length > 0 ? text.Trim() : null;
}
