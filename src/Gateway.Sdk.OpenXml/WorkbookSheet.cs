namespace Gateway.Sdk.OpenXml;

/// <summary>Describes one data sheet of a workbook: its name, what a row is, and its columns after the key column.</summary>
/// <param name="Name">The sheet name, Chinese then English, such as <c>表头 Head</c>.</param>
/// <param name="Key">The English part of the name, used in messages.</param>
/// <param name="RowMeaning">What one row holds, shown on the instructions sheet.</param>
/// <param name="Columns">The columns after the key column, in order.</param>
internal sealed record WorkbookSheet(string Name, string Key, string RowMeaning, IReadOnlyList<WorkbookColumn> Columns);
