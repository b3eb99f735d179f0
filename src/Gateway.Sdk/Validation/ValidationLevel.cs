namespace Gateway.Sdk.Validation;

/// <summary>Selects which required-field column of the specification applies.</summary>
/// <remarks>
/// The declaration import specification marks every field as required for 暂存 (save draft,
/// <c>DecSign/OperType</c> <c>G</c>) and/or for 申报 (submit, <c>OperType</c> <c>C</c>).
/// </remarks>
public enum ValidationLevel
{
    /// <summary>暂存: the rules a draft saved to the single window must pass.</summary>
    Draft = 0,

    /// <summary>申报: the rules a declaration submitted to customs must pass.</summary>
    Submit = 1,
}
