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
            if (receipt.Kind == DeclarationReceiptKind.ImportResponse)
            {
                w.WriteStartElement("DecImportResponse");
                Element(w, "ResponseCode", receipt.RawCode);
                Element(w, "ErrorMessage", receipt.Message);
                Element(w, "ClientSeqNo", receipt.ClientSeqNo);
                Element(w, "SeqNo", receipt.SeqNo);
                Element(w, "TrnPreId", receipt.TransitPreEntryId);
            }
            else
            {
                w.WriteStartElement("DEC_RESULT");
                Element(w, "CUS_CIQ_NO", receipt.SeqNo);
                Element(w, "ENTRY_ID", receipt.EntryId);
                Element(w, "NOTICE_DATE", receipt.NoticeTime ?? receipt.NoticedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                Element(w, "CHANNEL", receipt.RawCode);
                Element(w, "NOTE", receipt.Message);
                Element(w, "CUSTOM_MASTER", receipt.CustomsOffice);
                Element(w, "I_E_DATE", receipt.ImportExportDate);
                Element(w, "D_DATE", receipt.DeclarationDate);
            }

            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Element(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(name, value);
        }
    }
}
