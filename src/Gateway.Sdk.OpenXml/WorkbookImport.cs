using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Represents what a workbook reader read: the filings, and every problem located at its cell.</summary>
/// <typeparam name="T">The document of each filing.</typeparam>
/// <param name="Filings">The filings, in the order of their rows on the first data sheet.</param>
/// <param name="Report">The problems of the workbook itself (sheets, columns, keys) and of every filing.</param>
public sealed record WorkbookImport<T>(IReadOnlyList<WorkbookFiling<T>> Filings, ValidationReport Report);
