using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Represents one declaration read from a workbook, with the problems found in its rows.</summary>
/// <param name="Key">The declaration's key (<c>报关单序号</c>), unique in the workbook.</param>
/// <param name="Row">The 1-based row of its <c>表头 Head</c> line.</param>
/// <param name="Declaration">The declaration.</param>
/// <param name="Report">Its problems, each located at a cell (<see cref="IssueLocation.Cell"/>): values that do not convert and the declaration rules.</param>
public sealed record WorkbookFiling(string Key, int Row, CustomsDeclaration Declaration, ValidationReport Report);
