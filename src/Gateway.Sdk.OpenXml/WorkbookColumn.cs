namespace Gateway.Sdk.OpenXml;

/// <summary>Describes one column of a workbook sheet: the wire element it fills, its labels, and its code table.</summary>
/// <param name="Block">The XML block the element belongs to, such as <c>DecHead</c>.</param>
/// <param name="Element">The wire element, such as <c>CustomMaster</c>.</param>
/// <param name="Property">The model property, which is the English header, such as <c>CustomsOffice</c>.</param>
/// <param name="LabelZh">The Chinese header, such as <c>申报地海关</c>.</param>
/// <param name="Table">The code table whose codes the column's drop-down offers, or <see langword="null"/>.</param>
/// <param name="RequiredToSubmit">Whether the field is required to submit (申报), which the header's colour shows.</param>
internal sealed record WorkbookColumn(string Block, string Element, string Property, string LabelZh, string? Table, bool RequiredToSubmit);
