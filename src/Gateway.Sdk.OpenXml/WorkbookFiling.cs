using Gateway.Sdk.Validation;

namespace Gateway.Sdk.OpenXml;

/// <summary>Represents one filing read from a bulk-filing workbook, whatever its family: its key, its row and its problems.</summary>
/// <param name="Key">The filing's key (column A: <c>报关单序号</c>, <c>舱单序号</c>, <c>证书序号</c>), unique in the workbook.</param>
/// <param name="Row">The 1-based row of its line on the workbook's first data sheet.</param>
/// <param name="Report">Its problems, each located at a cell (<see cref="IssueLocation.Cell"/>): values that do not convert and the family's rules.</param>
public record WorkbookFiling(string Key, int Row, ValidationReport Report);

/// <summary>Represents one filing read from a bulk-filing workbook, with the document built from its rows.</summary>
/// <typeparam name="T">The document: <see cref="Gateway.Sdk.Documents.Declarations.CustomsDeclaration"/>,
/// <see cref="Gateway.Sdk.Documents.Manifests.CargoManifest"/> or <see cref="Gateway.Sdk.Documents.Origin.CertificateOfOrigin"/>.</typeparam>
/// <param name="Key">The filing's key, unique in the workbook.</param>
/// <param name="Row">The 1-based row of its line on the workbook's first data sheet.</param>
/// <param name="Document">The document; built even when the report has errors, with the values that did not convert left unset.</param>
/// <param name="Report">Its problems, each located at a cell.</param>
public sealed record WorkbookFiling<T>(string Key, int Row, T Document, ValidationReport Report) : WorkbookFiling(Key, Row, Report);
