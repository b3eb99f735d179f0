using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Represents what <see cref="DeclarationWorkbookReader"/> read: the filings, and every problem located at its cell.</summary>
/// <param name="Filings">The declarations, in the order of their rows on the Head sheet.</param>
/// <param name="Report">The problems of the workbook itself (sheets, columns, keys) and of every filing.</param>
public sealed record WorkbookImport(IReadOnlyList<WorkbookFiling> Filings, ValidationReport Report);
