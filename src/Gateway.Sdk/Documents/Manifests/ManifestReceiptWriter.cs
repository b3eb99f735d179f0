using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Writes a <see cref="ManifestReceipt"/> as an MT9999 document, as customs (and the simulator) send it.</summary>
/// <remarks>For tests and simulators: filers only read receipts. Per-container results are written under <c>Response</c>, after the bills. Thread-safe.</remarks>
public static class ManifestReceiptWriter
{
    /// <summary>Writes a receipt.</summary>
    /// <param name="receipt">The receipt; its header's message type should be <see cref="ManifestMessageType.Receipt"/>.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentValidationException">A text holds a character XML cannot carry (<c>MAN005</c>).</exception>
    public static byte[] Write(ManifestReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        using var stream = new MemoryStream();
        using (var output = new Utf8XmlEmitter(stream))
        {
            var w = ManifestXmlWriter.Start(output, receipt.Head, indent: true);
            w.Open("Response");
            if (receipt.JourneyId is not null || receipt.TransportMeansId is not null)
            {
                w.Open("BorderTransportMeans");
                w.Leaf("JourneyID", receipt.JourneyId);
                w.Leaf("ID", receipt.TransportMeansId);
                w.Close();
            }

            foreach (var bill in receipt.Bills)
            {
                w.Open("Consignment");
                w.Wrapped("TransportContractDocument", "ID", bill.MasterBillId);
                w.Wrapped("AssociatedTransportDocument", "ID", bill.HouseBillId);
                Response(w, bill.Response);
                Containers(w, bill.Containers);
                w.Close();
            }

            Containers(w, receipt.Containers);
            w.Close();
            ManifestXmlWriter.End(w, output, []);
        }

        return stream.ToArray();
    }

    private static void Containers(NestedXmlWriter w, IReadOnlyList<ManifestContainerResult> containers)
    {
        foreach (var container in containers)
        {
            w.Open("TransportEquipment");
            w.Wrapped("EquipmentIdentification", "ID", container.ContainerId);
            Response(w, container.Response);
            w.Close();
        }
    }

    private static void Response(NestedXmlWriter w, ManifestResponse response)
    {
        w.Open("ResponseType");
        w.Leaf("Code", response.Code.Code);
        w.Leaf("Text", response.Text);
        w.Close();
    }
}
