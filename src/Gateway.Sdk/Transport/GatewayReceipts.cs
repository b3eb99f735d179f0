using System.Text;
using System.Xml;
using Gateway.Sdk.Documents;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Transport;

/// <summary>Reads a receipt of any family by its root element.</summary>
internal static class GatewayReceipts
{
    public static GatewayReceipt Parse(string xml, string messageId, int sequence, DateTimeOffset? issuedAt, DateTimeOffset receivedAt)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var family = Root(bytes) is { } root ? DocumentFamily.All.FirstOrDefault(f => f.ReceiptRoots.Contains(root)) : null;
        var receipt = family?.ReadReceipt(bytes, XmlLimits.Default, out _);
        return (receipt ?? new GatewayReceipt { Family = family?.Name ?? "unknown", Code = string.Empty, Status = ReceiptStatus.Unknown, Note = "the receipt could not be read" }) with
        {
            MessageId = messageId,
            Sequence = sequence,
            IssuedAt = issuedAt ?? receipt?.IssuedAt,
            ReceivedAt = receivedAt,
            Xml = xml,
        };
    }

    private static string? Root(byte[] bytes)
    {
        try
        {
            using var reader = XmlInput.Open(new MemoryStream(bytes, writable: false), XmlLimits.Default);
            while (XmlInput.Read(reader, XmlLimits.Default))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return reader.LocalName;
                }
            }
        }
        catch (Exception e) when (XmlInput.ToIssue(e, XmlLimits.Default) is not null)
        {
        }

        return null;
    }
}
