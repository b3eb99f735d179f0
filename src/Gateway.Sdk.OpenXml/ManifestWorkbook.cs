using System.Globalization;
using Gateway.Sdk.Codes;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Validation;
using L = Gateway.Sdk.OpenXml.ManifestWorkbookLayout;

namespace Gateway.Sdk.OpenXml;

/// <summary>Writes and reads the Excel workbook in which shipping agents and brokers fill cargo manifests (舱单) in bulk
/// (<c>gateway template manifest</c>, <c>gateway batch</c>).</summary>
/// <remarks>
/// <para>Sheets: instructions; <c>舱单 Manifests</c> (one row per manifest message: the <c>Head</c> fields, then the
/// <c>Declaration</c> fields with the vessel and voyage as <c>BorderTransportMeans.*</c> and an arrival report's place as
/// <c>UnloadingLocation.*</c>); <c>提单 Bills</c> (one row per bill of lading, <c>Consignment</c>, with its places and parties
/// as <c>Consignee.Address.CountryCode</c> and so on); <c>集装箱 Containers</c>; <c>货物 Items</c> (goods lines); <c>代码表 Codes</c>.
/// Every data sheet starts with the key column <c>舱单序号 Manifest</c>; on Containers and Items the next two columns,
/// <c>MasterBillId</c> and <c>HouseBillId</c>, name the bill the row belongs to. A container row whose bill is blank is one of
/// the manifest's own containers (<c>Declaration/TransportEquipment</c>, as an arrival report lists them); a goods line whose
/// bill is blank belongs to the manifest's only bill. Headers: row 1 Chinese, row 2 the model's property path; yellow for what
/// an original or pre-stowage manifest (MT1101, MT2101) needs. Office, country and currency columns have drop-downs.</para>
/// <para>Cells: lists (<c>TranshipmentLocationIds</c>, <c>RoutingCountryCodes</c>, <c>ContainerIds</c>) are separated by
/// <c>;</c>; seals, communications and previous documents are <c>value(code)</c> separated by <c>;</c>, such as
/// <c>CN1234567(CA)</c> or <c>13800000000(TE); ops@example.com(EM)</c>. <c>SendTime</c> is <c>yyyyMMddHHmmssfff</c>. Leave
/// <c>MessageId</c> blank and the reader makes one with <see cref="ManifestMessageIds"/> (its send time fills a blank
/// <c>SendTime</c>); a blank <c>FunctionCode</c> is <c>9</c> (original) and a blank <c>Version</c> is <c>1.0</c>.</para>
/// <para>Reading uses the SAX-style reader; columns are found by their English header, so they may be moved or left out.
/// Issues: <c>WB001</c>–<c>WB008</c> as for the declaration workbook (<c>WB002</c>: no Manifests sheet), <c>WB009</c> a
/// container or goods line whose bill is not on the Bills sheet (the row is left out, and while it is, the rules across rows,
/// <c>MAN013</c>, <c>MAN014</c> and <c>MAN017</c>, are not checked for its manifest), <c>WB010</c> a message id used by two manifests; then per
/// manifest <c>MAN003</c> for a value that does not convert and the rules of <see cref="ManifestValidator"/>, each at its cell
/// (a rule about a whole bill, container or line at its row's key cell). Elements the SDK does not model are not in the
/// workbook. Thread-safe.</para>
/// </remarks>
public static class ManifestWorkbook
{
    /// <summary>The key column's Chinese header.</summary>
    public const string KeyLabelZh = L.KeyLabelZh;

    private static readonly string[] Instructions =
    [
        "舱单批量申报模板 · Cargo manifest batch template (Gateway.Sdk)",
        string.Empty,
        "1. 每份舱单报文在「舱单 Manifests」中占一行，第一列「舱单序号」填一个本文件内唯一的序号（如 1、2、3）。",
        "   One row per manifest message on the Manifests sheet; the first column, Manifest, holds a key unique in this file (1, 2, 3 …).",
        "2. 提单、集装箱、货物各占一行，第一列填所属舱单的序号；集装箱和货物再填所属提单的总提单号（及分提单号）。",
        "   Bills, containers and goods lines take one row each under their manifest's key; containers and goods lines also name their bill (master, and house if any).",
        "3. 运抵报告的集装箱不填提单号；舱单只有一个提单时，货物可不填提单号。",
        "   An arrival report's containers leave the bill blank; goods lines may leave it blank when the manifest has one bill.",
        "4. 黄色表头为原始舱单、预配舱单（MT1101、MT2101）必填项；关区、国家、币制列带下拉框（「代码表 Codes」）。",
        "   Yellow headers are required for original and pre-stowage manifests (MT1101, MT2101); office, country and currency columns offer the codes on the Codes sheet.",
        "5. 报文编号留空时自动生成；多个值用分号分隔；封志、通讯方式写作 值(代码)，如 CN1234567(CA)、13800000000(TE)。",
        "   A blank MessageId is generated; separate several values with ; and write seals and communications as value(code), such as CN1234567(CA) or 13800000000(TE).",
    ];

    /// <summary>Writes the empty template to a stream.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static void WriteTemplate(Stream output, CodeTables? tables = null) => Write(output, [], tables);

    /// <summary>Writes manifests into the workbook, keyed 1, 2, 3 …, for editing or as a sample.</summary>
    /// <param name="output">The seekable stream to write the <c>.xlsx</c> package to; it is left open.</param>
    /// <param name="manifests">The manifests. Containers and goods lines are tied to their bill by its numbers, so each bill
    /// needs a master bill number unique in its manifest (with its house bill number) to come back whole.</param>
    /// <param name="tables">The code tables for the drop-downs; <see langword="null"/> for <see cref="CodeTables.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream output, IReadOnlyList<CargoManifest> manifests, CodeTables? tables = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(manifests);
        var keyed = manifests.Select(static (m, i) => (Key: (i + 1).ToString(CultureInfo.InvariantCulture), m.Declaration, m.Head)).ToList();
        WorkbookTemplate.Write(output, L.Sheets, L.KeyLabelZh, L.KeyLabelEn, Instructions, tables ?? CodeTables.Default, sheet => sheet.Key switch
        {
            "Manifests" => keyed.Select(static k => Row(k.Key, null, Cells(L.Head, k.Head), Cells(L.Declaration, k.Declaration))),
            "Bills" => keyed.SelectMany(static k => k.Declaration.Consignments.Select(c => Row(k.Key, null, Cells(L.Consignment, c)))),
            "Containers" => keyed.SelectMany(static k => k.Declaration.TransportEquipment.Select(e => Row(k.Key, [null, null], Cells(L.Equipment, e)))
                .Concat(k.Declaration.Consignments.SelectMany(c => c.TransportEquipment.Select(e => Row(k.Key, [c.MasterBillId, c.HouseBillId], Cells(L.Equipment, e)))))),
            _ => keyed.SelectMany(static k => k.Declaration.Consignments.SelectMany(c => c.Items.Select(i => Row(k.Key, [c.MasterBillId, c.HouseBillId], Cells(L.Item, i))))),
        });
    }

    /// <summary>Reads a workbook.</summary>
    /// <param name="workbook">The <c>.xlsx</c> package; read to its end and left open.</param>
    /// <param name="options">The rules' options; <see langword="null"/> for <see cref="ManifestValidationOptions.Default"/>.</param>
    /// <param name="limits">The reading limits; <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    /// <param name="messageIds">Makes the ids of manifests whose <c>MessageId</c> is blank; <see langword="null"/> for a new
    /// <see cref="ManifestMessageIds"/> on the system clock.</param>
    /// <returns>The manifests and the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static WorkbookImport<CargoManifest> Read(Stream workbook, ManifestValidationOptions? options = null, WorkbookLimits? limits = null, ManifestMessageIds? messageIds = null)
    {
        var validator = new ManifestValidator(options);
        var ids = messageIds ?? new ManifestMessageIds();
        var read = WorkbookSheets.Import(workbook, limits ?? WorkbookLimits.Default, L.Sheets, "manifest", L.KeyLabelZh, "manifest", (row, sheets) => Filing(row, sheets, validator, ids));

        // Two manifests with one id would be filed once: the gateway takes the second for a repeat of the first.
        var first = new Dictionary<string, WorkbookFiling<CargoManifest>>(StringComparer.Ordinal);
        var repeated = new List<ValidationIssue>();
        foreach (var filing in read.Filings.Where(static f => f.Document.Head.MessageId.Length > 0))
        {
            if (!first.TryAdd(filing.Document.Head.MessageId, filing))
            {
                var earlier = first[filing.Document.Head.MessageId];
                repeated.Add(new ValidationIssue("WB010", ValidationSeverity.Error, $"MessageId {filing.Document.Head.MessageId} is also the id of manifest {earlier.Key}; give each message its own id, or leave MessageId blank to have one made", new IssueLocation { Cell = WorkbookCells.Reference(L.Sheets[0].Name, filing.Row, 1), PropertyPath = "Head.MessageId" }));
            }
        }

        return repeated.Count == 0 ? read : read with { Report = new ValidationReport([.. read.Report.Issues, .. repeated]) };
    }

    private static WorkbookFiling<CargoManifest> Filing(SheetRow row, Dictionary<string, List<SheetRow>> sheets, ManifestValidator validator, ManifestMessageIds ids)
    {
        var cells = new CellMap(row.KeyCell);
        var issues = new List<ValidationIssue>();
        List<SheetRow> Rows(string sheet) => [.. (sheets.GetValueOrDefault(sheet) ?? []).Where(r => r.Key == row.Key)];
        T Fill<T>(BoundColumn<T>[] columns, string block, SheetRow r, string path, T value)
            where T : class => BoundColumn.Fill(columns, block, r, path, value, cells, issues, "MAN003");

        var head = Fill(L.Head, "Head", row, "Head", new ManifestHead { MessageId = string.Empty, MessageType = default, SenderId = string.Empty, ReceiverId = string.Empty });
        var declaration = Fill(L.Declaration, "Declaration", row, "Declaration", new ManifestDeclaration());
        var bills = Rows("Bills").Select((r, i) => Fill(L.Consignment, "Consignment", r, $"Declaration.Consignments[{i}]", new ManifestConsignment())).ToList();
        var equipment = bills.Select(static _ => new List<TransportEquipment>()).ToList();
        var items = bills.Select(static _ => new List<ConsignmentItem>()).ToList();
        var own = new List<TransportEquipment>();
        foreach (var r in Rows("Containers"))
        {
            var bill = Bill(r, bills, blankIsOnlyBill: false, issues);
            if (bill >= -1)
            {
                var list = bill < 0 ? own : equipment[bill];
                var path = bill < 0 ? $"Declaration.TransportEquipment[{list.Count}]" : $"Declaration.Consignments[{bill}].TransportEquipment[{list.Count}]";
                list.Add(Fill(L.Equipment, "Equipment", r, path, new TransportEquipment()));
            }
        }

        foreach (var r in Rows("Items"))
        {
            if (Bill(r, bills, blankIsOnlyBill: true, issues) is var bill and >= 0)
            {
                items[bill].Add(Fill(L.Item, "Item", r, $"Declaration.Consignments[{bill}].Items[{items[bill].Count}]", new ConsignmentItem()));
            }
        }

        if (head.MessageId.Length == 0 && head.MessageType.Code.Length > 0 && head.SenderId.Length > 0)
        {
            var (id, time) = ids.Next(head.MessageType, head.SenderId);
            head = head with { MessageId = id, SendTime = head.SendTime ?? time };
        }

        var manifest = new CargoManifest
        {
            Head = head,
            Declaration = declaration with
            {
                TransportEquipment = own,
                Consignments = [.. bills.Select((c, i) => c with { TransportEquipment = equipment[i], Items = items[i] })],
            },
        };
        // A row left out (WB009) leaves a gap that the rules across rows would only report again.
        var rules = cells.Place(validator.Validate(manifest)).Where(i => !issues.Any(static w => w.Code == "WB009") || i.Code is not ("MAN013" or "MAN014" or "MAN017"));
        return new WorkbookFiling<CargoManifest>(row.Key, row.Row, manifest, new ValidationReport([.. issues, .. rules]));
    }

    /// <summary>Finds the bill a container or goods line names: its index, <c>-1</c> for none (the manifest's own containers),
    /// or <c>-2</c> when it names a bill that is not there (<c>WB009</c>, the row is left out).</summary>
    private static int Bill(SheetRow row, List<ManifestConsignment> bills, bool blankIsOnlyBill, List<ValidationIssue> issues)
    {
        string? Cell(string property) => row.Values.FirstOrDefault(v => v.Column.Block == L.BillBlock && v.Column.Property == property).Text?.Trim() is { Length: > 0 } t ? t : null;
        var (master, house) = (Cell("MasterBillId"), Cell("HouseBillId"));
        var at = row.Columns.TryGetValue((L.BillBlock, "MasterBillId"), out var column) ? WorkbookCells.Reference(row.Sheet, row.Row, column) : row.KeyCell;
        if (master is null && house is null)
        {
            if (!blankIsOnlyBill)
            {
                return -1;
            }

            if (bills.Count == 1)
            {
                return 0;
            }

            issues.Add(new ValidationIssue("WB009", ValidationSeverity.Error, $"this goods line names no bill and manifest {row.Key} has {bills.Count} bills on the Bills sheet; fill in its MasterBillId (and HouseBillId)", new IssueLocation { Cell = at }));
            return -2;
        }

        var index = bills.FindIndex(b => b.MasterBillId?.Trim() == master && (b.HouseBillId?.Trim() is { Length: > 0 } h ? h : null) == house);
        if (index < 0)
        {
            issues.Add(new ValidationIssue("WB009", ValidationSeverity.Error, $"manifest {row.Key} has no bill {master}{(house is null ? string.Empty : $" / house bill {house}")} on the Bills sheet; add the bill or correct the number", new IssueLocation { Cell = at }));
            return -2;
        }

        return index;
    }

    private static IEnumerable<string?> Cells<T>(BoundColumn<T>[] columns, T value)
        where T : class => columns.Select(c => c.Get(value));

    private static string?[] Row(string key, string?[]? bill, params IEnumerable<string?>[] blocks) =>
        [key, .. bill ?? [], .. blocks.SelectMany(static b => b)];
}
