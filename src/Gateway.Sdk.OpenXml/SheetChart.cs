using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using D = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Gateway.Sdk.OpenXml;

/// <summary>Adds a native Excel bar chart over cells of a sheet, so it follows the numbers when the user edits them.</summary>
internal static class SheetChart
{
    /// <summary>The series' fills: dark and light blue, as in the HTML report.</summary>
    private static readonly string[] Colors = ["08519C", "9ECAE1", "6BAED6"];

    /// <summary>Adds a horizontal clustered bar chart: categories from one column, one series per value column, over rows <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="part">The sheet that holds the data and gets the chart.</param>
    /// <param name="sheet">The sheet's name, for the formulas.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="categories">The column of the category names, such as <c>A</c>, and the names (cached in the chart, as Excel does, for readers that do not recalculate).</param>
    /// <param name="series">Each series' name, value column, such as (<c>Median (h)</c>, <c>C</c>), and values (cached likewise).</param>
    /// <param name="first">The first data row.</param>
    /// <param name="last">The last data row.</param>
    /// <param name="anchorColumn">The 0-based column where the chart's top-left corner sits.</param>
    public static void AddBars(WorksheetPart part, string sheet, string title, (string Column, IReadOnlyList<string> Names) categories, IReadOnlyList<(string Name, string Column, IReadOnlyList<double> Values)> series, int first, int last, int anchorColumn)
    {
        var drawings = part.AddNewPart<DrawingsPart>();
        var chartPart = drawings.AddNewPart<ChartPart>();
        var quoted = $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
        var bar = new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Bar }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false });
        for (var i = 0; i < series.Count; i++)
        {
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(new C.NumericValue(series[i].Name)),
                new C.ChartShapeProperties(new D.SolidFill(new D.RgbColorModelHex { Val = Colors[i % Colors.Length] })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(
                    new C.Formula($"{quoted}!${categories.Column}${first}:${categories.Column}${last}"),
                    new C.StringCache([new C.PointCount { Val = (uint)categories.Names.Count }, .. categories.Names.Select((n, j) => new C.StringPoint(new C.NumericValue(n)) { Index = (uint)j })]))),
                new C.Values(new C.NumberReference(
                    new C.Formula($"{quoted}!${series[i].Column}${first}:${series[i].Column}${last}"),
                    new C.NumberingCache([new C.FormatCode("General"), new C.PointCount { Val = (uint)series[i].Values.Count }, .. series[i].Values.Select((v, j) => new C.NumericPoint(new C.NumericValue(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)j })])))));
        }

        bar.Append(new C.GapWidth { Val = 80 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
        chartPart.ChartSpace = new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new D.BodyProperties(), new D.ListStyle(), new D.Paragraph(new D.Run(new D.Text(title))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    bar,
                    new C.CategoryAxis(new C.AxisId { Val = 1 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }), new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2 }, new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true }, new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(new C.AxisId { Val = 2 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false }, new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.MajorGridlines(), new C.NumberingFormat { FormatCode = "General", SourceLinked = true }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1 }, new C.Crosses { Val = C.CrossesValues.Maximum }, new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true }));

        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(anchorColumn.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId("0"), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId((anchorColumn + 9).ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId("20"), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = title }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new D.Offset { X = 0, Y = 0 }, new D.Extents { Cx = 0, Cy = 0 }),
                new D.Graphic(new D.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" })),
            new Xdr.ClientData()) { EditAs = Xdr.EditAsValues.OneCell });
        part.Worksheet.Append(new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = part.GetIdOfPart(drawings) });
    }
}
