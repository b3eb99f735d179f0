using System.Globalization;
using System.Text;
using Gateway.Sdk;
using Gateway.Sdk.Documents.Declarations;

namespace Gateway.Simulator;

/// <summary>Produces a filing's receipts in its family's real formats, each due at a point of simulated time.</summary>
internal static class ReceiptScript
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Lists the receipts due by <paramref name="now"/>, oldest first.</summary>
    public static IEnumerable<(int Sequence, DateTimeOffset IssuedAt, string Xml)> Due(LedgerLine filing, TimeSpan interval, DateTimeOffset now)
    {
        var scenario = Scenario.Parse(filing.Scenario ?? string.Empty, out _);
        var steps = filing.Family == "declaration" ? Declaration(filing, scenario) : [];
        var start = filing.AcceptedAt + scenario.Delay;
        for (var i = 0; i < steps.Count; i++)
        {
            var issued = start + (interval * i);
            if (issued > now)
            {
                yield break;
            }

            yield return (i + 1, issued, Encoding.UTF8.GetString(DeclarationReceiptWriter.Write(steps[i] with { NoticedAt = issued })));
        }
    }

    private static List<DeclarationReceipt> Declaration(LedgerLine filing, Scenario scenario)
    {
        var year = filing.AcceptedAt.ToOffset(ChinaStandardTime).Year.ToString(CultureInfo.InvariantCulture);
        var seqNo = $"{year}00000{filing.Sequence:D9}";
        var entryId = $"{filing.Office ?? "0000"}{year}1{filing.Sequence:D9}";
        var date = filing.AcceptedAt.ToOffset(ChinaStandardTime).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        DeclarationReceipt Import(string code, string? message) => new()
        {
            Kind = DeclarationReceiptKind.ImportResponse,
            Status = ReceiptStatus.Unknown,
            RawCode = code,
            Message = message,
            ClientSeqNo = filing.BusinessId,
            SeqNo = code == "0" ? seqNo : null,
        };
        DeclarationReceipt Result(string channel, string? note = null) => new()
        {
            Kind = DeclarationReceiptKind.Result,
            Status = ReceiptStatus.Unknown,
            RawCode = channel,
            SeqNo = seqNo,
            EntryId = entryId,
            Message = note ?? "(simulated)",
            CustomsOffice = filing.Office,
            DeclarationDate = date,
        };

        if (scenario is { Outcome: "reject", Code: { } code } && code.All(char.IsAsciiDigit))
        {
            return [Import(code, scenario.Reason ?? "导入失败 (simulated)")];
        }

        var accepted = new List<DeclarationReceipt> { Import("0", null), Result("L") };
        return scenario.Outcome switch
        {
            "reject" => [.. accepted, Result(scenario.Code!, scenario.Reason ?? (scenario.Code == "E" ? "退单：申报要素不全 (simulated)" : null))],
            "inspect" => [.. accepted, Result("C", "查验通知 (simulated)"), Result("P"), Result("R")],
            _ => [.. accepted, Result("P"), Result("R")],
        };
    }
}
