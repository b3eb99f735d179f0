using System.Globalization;
using System.Text;
using Gateway.Sdk;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Documents.Origin;
using Gateway.Sdk.Documents.TaxRefund;

namespace Gateway.Simulator;

/// <summary>Produces a filing's receipts in its family's real formats, each due at a point of simulated time.</summary>
internal static class ReceiptScript
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Lists the receipts due by <paramref name="now"/>, oldest first.</summary>
    public static IEnumerable<(int Sequence, DateTimeOffset IssuedAt, string Xml)> Due(LedgerLine filing, TimeSpan interval, DateTimeOffset now)
    {
        var scenario = Scenario.Parse(filing.Scenario ?? string.Empty, out _);
        List<Func<DateTimeOffset, byte[]>> steps = filing.Family switch
        {
            "declaration" => [.. Declaration(filing, scenario).Select(static r => (Func<DateTimeOffset, byte[]>)(at => DeclarationReceiptWriter.Write(r with { NoticedAt = at })))],
            "manifest" when filing.Manifest is { } facts => [.. Manifest(filing, facts, scenario).Select(static r => (Func<DateTimeOffset, byte[]>)(at => ManifestReceiptWriter.Write(r(at))))],
            "taxrefund" => [.. TaxRefund(filing, scenario)],
            "origin" => [.. Origin(filing, scenario)],
            _ => [],
        };
        var start = filing.AcceptedAt + scenario.Delay;
        for (var i = 0; i < steps.Count; i++)
        {
            var issued = start + (interval * i);
            if (issued > now)
            {
                yield break;
            }

            yield return (i + 1, issued, Encoding.UTF8.GetString(steps[i](issued)));
        }
    }

    /// <summary>Scripts MT9999 receipts: manual review (02) first for <c>[sim:inspect]</c>, then accepted (01), then released
    /// (11) for a pre-stowage manifest; rejected (03), or the digits given such as 12 or 13, for <c>[sim:reject]</c>.
    /// Every bill, and every container of an arrival report, gets the same result.</summary>
    private static List<Func<DateTimeOffset, ManifestReceipt>> Manifest(LedgerLine filing, ManifestFacts facts, Scenario scenario)
    {
        var step = 0;
        Func<DateTimeOffset, ManifestReceipt> Step(ManifestResponseCode code, string? reason = null)
        {
            var number = ++step;
            return at => Receipt(code, reason, number, at);
        }

        ManifestReceipt Receipt(ManifestResponseCode code, string? reason, int number, DateTimeOffset at)
        {
            var time = at.ToOffset(ChinaStandardTime).DateTime;
            var response = new ManifestResponse(code, reason ?? $"{code.Description} (simulated)");
            var arrival = filing.MessageType?.StartsWith("MT3", StringComparison.Ordinal) == true;
            return new ManifestReceipt
            {
                Head = new ManifestHead
                {
                    MessageId = $"{ManifestMessageIds.Format(ManifestMessageType.Receipt, "EPORT", time)}_{filing.Sequence.ToString(CultureInfo.InvariantCulture)}_{number.ToString(CultureInfo.InvariantCulture)}",
                    FunctionCode = ManifestFunctionCode.Original,
                    MessageType = ManifestMessageType.Receipt,
                    SenderId = "EPORT",
                    ReceiverId = facts.Sender,
                    SendTime = time,
                },
                JourneyId = facts.Journey,
                TransportMeansId = facts.Vessel,
                Bills = [.. facts.Bills.Select(b => new ManifestBillResult { MasterBillId = b[0], HouseBillId = b[1], Response = response })],
                Containers = arrival ? [.. facts.Containers.Select(c => new ManifestContainerResult(c, response))] : [],
            };
        }

        if (scenario.Outcome == "reject")
        {
            return [Step(scenario.Code is { Length: 2 } digits && digits.All(char.IsAsciiDigit) ? new ManifestResponseCode(digits) : ManifestResponseCode.Rejected, scenario.Reason)];
        }

        List<Func<DateTimeOffset, ManifestReceipt>> steps = scenario.Outcome == "inspect" ? [Step(ManifestResponseCode.PendingReview)] : [];
        steps.Add(Step(ManifestResponseCode.Accepted));
        if (filing.MessageType == ManifestMessageType.PreStowageManifest.Code)
        {
            steps.Add(Step(ManifestResponseCode.Released));
        }

        return steps;
    }

    /// <summary>Scripts refund feedback: accepted, under review, then approved; a doubt to explain (<c>DOUBT</c>) before the
    /// approval for <c>[sim:inspect]</c>; returned with the reason given for <c>[sim:reject]</c>.</summary>
    private static IEnumerable<Func<DateTimeOffset, byte[]>> TaxRefund(LedgerLine filing, Scenario scenario)
    {
        // The filing's id is TaxpayerId-Period-Batch (TaxRefundFamily), which the receipts name it by.
        var id = (filing.BusinessId ?? string.Empty).Split('-', 3);
        Func<DateTimeOffset, byte[]> Step(string code, string? note = null) => at => TaxRefundXmlWriter.WriteReceipt(new TaxRefundReceipt
        {
            TaxpayerId = id[0],
            Period = id.Length > 1 ? id[1] : string.Empty,
            Batch = id.Length > 2 ? id[2] : string.Empty,
            Code = code,
            IssuedAt = at.ToOffset(ChinaStandardTime),
            Note = note ?? "(simulated)",
        });

        return scenario.Outcome switch
        {
            "reject" => [Step("ACCEPTED"), Step("RETURNED", scenario.Reason ?? "退回：进货凭证信息与增值税发票电子信息不符 (simulated)")],
            "inspect" => [Step("ACCEPTED"), Step("REVIEWING"), Step("DOUBT", "审核疑点：请说明出口数量与进货数量差异 (simulated)"), Step("APPROVED")],
            _ => [Step("ACCEPTED"), Step("REVIEWING"), Step("APPROVED")],
        };
    }

    /// <summary>Scripts certificate status receipts: accepted, under review, approved, then issued with the printed number;
    /// a second review (the origin system's manual check) for <c>[sim:inspect]</c>; returned with the reason given for <c>[sim:reject]</c>.</summary>
    private static IEnumerable<Func<DateTimeOffset, byte[]>> Origin(LedgerLine filing, Scenario scenario)
    {
        // The application's id is its CertNo (OriginFamily), which the receipts name it by.
        var number = filing.BusinessId ?? string.Empty;
        Func<DateTimeOffset, byte[]> Step(string code, string? note = null, string? issued = null) => at => OriginXmlWriter.WriteReceipt(new CertificateReceipt
        {
            CertificateNumber = number,
            Code = code,
            IssuedAt = at.ToOffset(ChinaStandardTime),
            IssuedCertificateNumber = issued,
            Note = note ?? "(simulated)",
        });
        var issue = Step("ISSUED", "已签证，可自助打印 (simulated)", $"SIM{filing.AcceptedAt.ToOffset(ChinaStandardTime):yyyy}{filing.Sequence:D9}");

        return scenario.Outcome switch
        {
            "reject" => [Step("ACCEPTED"), Step("RETURNED", scenario.Reason ?? "退回：原产地标准与产品特定原产地规则不符 (simulated)")],
            "inspect" => [Step("ACCEPTED"), Step("REVIEWING"), Step("REVIEWING", "人工审核：请补充生产成本明细 (simulated)"), Step("APPROVED"), issue],
            _ => [Step("ACCEPTED"), Step("REVIEWING"), Step("APPROVED"), issue],
        };
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
