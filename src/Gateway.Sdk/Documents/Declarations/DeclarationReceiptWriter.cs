using System.Globalization;
using System.Text;
using System.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Writes declaration receipts, <c>DecImportResponse</c> and <c>DEC_RESULT</c>: what the simulator sends and what tests feed to receipt handlers.</summary>
/// <remarks>
/// The inverse of <see cref="DeclarationReceiptReader"/>: elements in the order of reference/china-formats.md §2.8,
/// no namespace (none is published), UTF-8 without a byte order mark. <see cref="DeclarationReceipt.Status"/> and
/// <see cref="DeclarationReceipt.Description"/> are not written: a reader derives them from the code. A notice time
/// is written as sent (<see cref="DeclarationReceipt.NoticeTime"/>) or, failing that, from
/// <see cref="DeclarationReceipt.NoticedAt"/> as <c>yyyy-MM-dd HH:mm:ss</c> China Standard Time. Thread-safe.
/// </remarks>
public static class DeclarationReceiptWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize };

    /// <summary>Writes a receipt.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The receipt document, UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text holds a character XML cannot carry.</exception>
    public static byte[] Write(DeclarationReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            w.WriteStartElement(RootName(receipt.Kind));
            foreach (var (name, value) in Leaves(receipt))
            {
                w.WriteElementString(name, value);
            }

            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>Gets the root element name of a receipt kind.</summary>
    internal static string RootName(DeclarationReceiptKind kind) => kind == DeclarationReceiptKind.ImportResponse ? "DecImportResponse" : "DEC_RESULT";

    /// <summary>Gets the receipt's leaf elements in document order, those without a value left out.</summary>
    internal static IEnumerable<(string Name, string Value)> Leaves(DeclarationReceipt receipt)
    {
        (string, string?)[] leaves = receipt.Kind == DeclarationReceiptKind.ImportResponse
            ? [("ResponseCode", receipt.RawCode), ("ErrorMessage", receipt.Message), ("ClientSeqNo", receipt.ClientSeqNo), ("SeqNo", receipt.SeqNo), ("TrnPreId", receipt.TransitPreEntryId)]
            :
            [
                ("CUS_CIQ_NO", receipt.SeqNo),
                ("ENTRY_ID", receipt.EntryId),
                ("NOTICE_DATE", receipt.NoticeTime ?? receipt.NoticedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                ("CHANNEL", receipt.RawCode),
                ("NOTE", receipt.Message),
                ("CUSTOM_MASTER", receipt.CustomsOffice),
                ("I_E_DATE", receipt.ImportExportDate),
                ("D_DATE", receipt.DeclarationDate),
            ];
        return leaves.Where(l => l.Item2 is not null).Select(l => (l.Item1, l.Item2!));
    }
}
