namespace Gateway.Sdk.OpenXml;

/// <summary>Bounds what reading a workbook may cost, so a hostile or broken file ends in an issue (<c>WB007</c>, <c>WB008</c>) instead of exhausting memory.</summary>
public sealed record WorkbookLimits
{
    /// <summary>Gets the defaults: room for a 50 MB workbook of some 100,000 rows, ten times a broker's busy day.</summary>
    public static WorkbookLimits Default { get; } = new();

    /// <summary>Gets the most characters one part of the package (a sheet, the shared strings) may inflate to.</summary>
    /// <value>512 Mi characters.</value>
    public long MaxCharactersPerPart { get; init; } = 512L * 1024 * 1024;

    /// <summary>Gets the most declarations (Head rows) one workbook may hold; split a larger batch into several workbooks.</summary>
    /// <value>50,000.</value>
    public int MaxDeclarations { get; init; } = 50_000;
}
