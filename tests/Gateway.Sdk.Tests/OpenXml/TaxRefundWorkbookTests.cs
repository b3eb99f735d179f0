using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.TaxRefund;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Tests.Documents.TaxRefund;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Tests.OpenXml;

/// <summary>The refund forms as a workbook: what is written reads back equal, and every problem is reported at its cell.</summary>
public class TaxRefundWorkbookTests
{
    /// <summary>Cases per property: 1,000 as CI requires; GATEWAY_PROPERTY_CASES raises it for a longer local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 1000;

    internal static TaxRefundFiling Sample { get; } = new TaxRefundXmlReader().Read(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, "examples", "data", "taxrefund-sample.xml"))).GetValueOrThrow();

    [Fact]
    public void WriteThenRead_GeneratedFilings_ComeBackEqual()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(RefundGenerators.Filing().ToArbitrary(), filing =>
        {
            var read = Read(Forms(filing));

            // Generated filings break the refund rules (TR…); the workbook itself must add no problem of its own.
            read.Report.Issues.Where(static i => !i.Code.StartsWith("TR0", StringComparison.Ordinal)).ShouldBeEmpty();
            read.Value.ShouldBe(filing);
        }));
    }

    [Fact]
    public void WriteThenRead_TheSample_ComesBackEqualWithoutIssues()
    {
        var read = Read(Forms(Sample));
        read.Report.Issues.ShouldBeEmpty();
        read.Value.ShouldBe(Sample);
    }

    [Fact]
    public void Write_TheSample_HasTheFormsColumnsTotalsAndCellTypes()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Forms(Sample)), false);
        var export = Cells(document, TaxRefundWorkbook.ExportSheet);
        export["A3"].ShouldBe("序号");
        export["D3"].ShouldBe("出口货物报关单号");
        export["K4"].ShouldBe("FobUsd");
        export["B2"].ShouldBe(Sample.TaxpayerId);
        export["D5"].ShouldBe(Sample.ExportRows[0].DeclarationNumber); // 21 digits kept as text
        export["F5"].ShouldBe(Sample.ExportRows[0].ExportDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        export["A29"].ShouldBe("合计 Total");
        export["K29"].ShouldBe("=SUM(K5:K28)");
        var purchase = Cells(document, TaxRefundWorkbook.PurchaseSheet);
        purchase["A5"].ShouldBe("0001");
        purchase["M4"].ShouldBe("RefundableAmount");
        purchase[$"M{5 + Sample.PurchaseRows.Count}"].ShouldBe($"=SUM(M5:M{4 + Sample.PurchaseRows.Count})");
    }

    [Fact]
    public void Write_TheSample_IsAValidSpreadsheetPackage()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Forms(Sample)), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(static e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void LibreOffice_OpensTheSampleFormsAndShowsEveryValueAsWritten()
    {
        // An independent spreadsheet application: LibreOffice headless (Debian libreoffice-calc-nogui) converts each sheet
        // to CSV, with values as shown; every cell must show what the forms hold, totals included (it recalculates SUM).
        var folder = Directory.CreateTempSubdirectory("gateway-lo-");
        try
        {
            var forms = Path.Combine(folder.FullName, "forms.xlsx");
            File.WriteAllBytes(forms, Forms(Sample));
            var (exit, output) = ExternalTool.Run(
                "soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder.FullName, forms);
            exit.ShouldBe(0, output);
            var export = File.ReadAllLines(Path.Combine(folder.FullName, $"forms-{TaxRefundWorkbook.ExportSheet}.csv"));
            var purchase = File.ReadAllLines(Path.Combine(folder.FullName, $"forms-{TaxRefundWorkbook.PurchaseSheet}.csv"));

            var totals = RefundArithmetic.Totals(Sample);
            var head = $"纳税人识别号 TaxpayerId,{Sample.TaxpayerId},纳税人名称 TaxpayerName,{Sample.TaxpayerName},申报年月 Period,{Sample.Period},申报批次 Batch,{Sample.Batch},管理类别 ManagementClass,{Sample.ManagementClass}";
            export[1].ShouldStartWith(head);
            export[3].ShouldBe(string.Join(',', TaxRefundWorkbook.ExportColumns.Select(static c => c.Property)));
            export[4..^1].ShouldBe(Sample.ExportRows.Select(static r => Line(TaxRefundWorkbook.ExportColumns, r)));
            export[^1].ShouldBe($"合计 Total,,,,,,,,,,{RefundArithmetic.Format(totals.FobUsd)},,,");
            purchase[1].ShouldStartWith(head);
            purchase[4..^1].ShouldBe(Sample.PurchaseRows.Select(static r => Line(TaxRefundWorkbook.PurchaseColumns, r)));
            purchase[^1].ShouldBe($"合计 Total,,,,,,,,,{RefundArithmetic.Format(totals.TaxableAmount)},,,{RefundArithmetic.Format(totals.RefundableAmount)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // What the sheet shows: codes and texts as they are, dates yyyyMMdd, amounts with two decimals, other numbers as typed.
        static string Line<T>(RefundColumn<T>[] columns, T row) => string.Join(',', columns.Select(c => c.Value(row) switch
        {
            null => string.Empty,
            DateOnly d => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            decimal m when c.Kind == RefundCell.Money => RefundArithmetic.Format(m),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var text => text.ToString(),
        }));
    }

    [Fact]
    public void Read_PlantedProblems_AreEachReportedOnceAtTheirCell()
    {
        var forms = Edit(Forms(Sample), (TaxRefundWorkbook.ExportSheet, "F6", "2026-13-01"), (TaxRefundWorkbook.ExportSheet, "O4", "Comment"),
            (TaxRefundWorkbook.PurchaseSheet, "I7", "forty"), (TaxRefundWorkbook.PurchaseSheet, "M8", "1.00"), (TaxRefundWorkbook.PurchaseSheet, "F2", "202610"),
            (TaxRefundWorkbook.PurchaseSheet, "C9", "X"), (TaxRefundWorkbook.ExportSheet, "H10", null));

        var read = Read(forms);

        read.Report.Issues.Select(static i => $"{i.Code} {i.Location.Cell}").Order(StringComparer.Ordinal).ShouldBe(
        [
            "TR008 '进货明细 Purchases'!M8",
            "TRW001 '出口明细 Export'!F6",
            "TRW001 '出口明细 Export'!H10",
            "TRW001 '进货明细 Purchases'!C9",
            "TRW001 '进货明细 Purchases'!I7",
            "TRW002 '进货明细 Purchases'!F2",
            "WB003 '出口明细 Export'!O4",
        ]);
        read.Report.Issues.Single(static i => i.Code == "TRW002").Message.ShouldBe("Period is 202610 here but 202611 on '出口明细 Export'; both forms belong to one filing: make them agree");
        read.Report.Issues.Single(static i => i.Location.Cell == "'进货明细 Purchases'!I7").Message.ShouldBe("Quantity (数量) forty is not a number such as 1300.00; the row is left out");

        // The rows left out leave gaps in the numbering and the links, which are not reported until every row reads.
        read.Value!.ExportRows.Count.ShouldBe(Sample.ExportRows.Count - 2);
        read.Value.PurchaseRows.Count.ShouldBe(Sample.PurchaseRows.Count - 2);
    }

    [Fact]
    public void Read_DatesAsExcelDatesOrDashed_AreRead()
    {
        var forms = Edit(Forms(Sample), (TaxRefundWorkbook.ExportSheet, "F5", "2026-11-03"));
        forms = Edit(forms, (TaxRefundWorkbook.ExportSheet, "F6", null));
        using (var stream = new MemoryStream())
        {
            stream.Write(forms);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                // What Excel stores when a user types a date: its serial number (46329 is 2026-11-03).
                Row(document, TaxRefundWorkbook.ExportSheet, 6).Append(new Cell(new CellValue(46329)) { CellReference = "F6", DataType = CellValues.Number });
            }

            forms = stream.ToArray();
        }

        var read = Read(forms);
        read.Report.Issues.ShouldBeEmpty();
        read.Value!.ExportRows[0].ExportDate.ShouldBe(new DateOnly(2026, 11, 3));
        read.Value.ExportRows[1].ExportDate.ShouldBe(new DateOnly(2026, 11, 3));
    }

    [Fact]
    public void Read_MissingSheetOrColumn_SaysWhatToRestore()
    {
        Read(Edit(Forms(Sample), (TaxRefundWorkbook.PurchaseSheet, "J4", null))).Report.Issues.Single().ToString()
            .ShouldBe("'进货明细 Purchases'!A4: error TRW003: the form has no column TaxableAmount (计税金额): restore its header in row 4; the sheet's rows are left out");

        using var stream = new MemoryStream();
        stream.Write(Forms(Sample));
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(static s => s.Name == TaxRefundWorkbook.PurchaseSheet);
            document.WorkbookPart.DeletePart(sheet.Id!.Value!);
            sheet.Remove();
        }

        var read = Read(stream.ToArray());
        read.Value.ShouldBeNull();
        read.Report.Issues.Single().ToString().ShouldBe("error WB002: the workbook has no sheet '进货明细 Purchases'; start from gateway refund export");
    }

    [Fact]
    public void Annotate_ThePlantedProblems_HighlightsTheirCells()
    {
        var forms = Edit(Forms(Sample), (TaxRefundWorkbook.PurchaseSheet, "I7", "forty"));
        using var annotated = new MemoryStream();
        WorkbookAnnotator.Annotate(new MemoryStream(forms), annotated, Read(forms).Report.Issues).ShouldBe(1);
    }

    internal static byte[] Forms(TaxRefundFiling filing)
    {
        using var stream = new MemoryStream();
        TaxRefundWorkbook.Write(stream, filing);
        return stream.ToArray();
    }

    private static ReadResult<TaxRefundFiling> Read(byte[] forms) => new TaxRefundWorkbookReader().Read(new MemoryStream(forms));

    /// <summary>Sets cells as text, or removes them (<see langword="null"/>).</summary>
    private static byte[] Edit(byte[] workbook, params (string Sheet, string Cell, string? Text)[] edits)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            foreach (var (sheet, reference, text) in edits)
            {
                var number = uint.Parse(reference.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                var row = Row(document, sheet, number);
                row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
                if (text is not null)
                {
                    var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value!, reference) < 0);
                    var cell = new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
                    if (after is null)
                    {
                        row.PrependChild(cell);
                    }
                    else
                    {
                        after.InsertAfterSelf(cell);
                    }
                }
            }
        }

        return stream.ToArray();
    }

    private static Row Row(SpreadsheetDocument document, string sheet, uint number)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)document.WorkbookPart.GetPartById(id)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex! == number);
    }

    /// <summary>Gets every cell's text, or its formula as <c>=SUM(…)</c>.</summary>
    private static Dictionary<string, string> Cells(SpreadsheetDocument document, string sheet)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)document.WorkbookPart.GetPartById(id)).Worksheet.Descendants<Cell>()
            .ToDictionary(static c => c.CellReference!.Value!, static c => c.CellFormula is { } f ? "=" + f.Text : c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty);
    }
}
