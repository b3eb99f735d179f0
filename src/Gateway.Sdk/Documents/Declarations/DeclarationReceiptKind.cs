namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Says which receipt message a <see cref="DeclarationReceipt"/> was read from.</summary>
public enum DeclarationReceiptKind
{
    /// <summary><c>DecImportResponse</c>: the single window's acknowledgement of the import.</summary>
    ImportResponse = 0,

    /// <summary><c>DEC_RESULT</c>: a customs status notice with a <c>CHANNEL</c> code.</summary>
    Result = 1,
}
