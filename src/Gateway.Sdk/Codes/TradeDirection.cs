namespace Gateway.Sdk.Codes;

/// <summary>Says whether goods are imported or exported (进出口标志).</summary>
public enum TradeDirection
{
    /// <summary>Import (进口), wire value <c>I</c>.</summary>
    Import = 0,

    /// <summary>Export (出口), wire value <c>E</c>.</summary>
    Export = 1,
}
