namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Gives the normalized state of a declaration that a receipt reports; the raw code is kept in <see cref="DeclarationReceipt.RawCode"/>.</summary>
public enum DeclarationStatus
{
    /// <summary>The receipt's code has no known meaning.</summary>
    Unknown = 0,

    /// <summary>The single window or customs accepted the declaration (import response 0, CHANNEL <c>L</c>).</summary>
    Accepted = 1,

    /// <summary>Rejected or returned for modification (<c>E</c>, <c>Z</c>, a non-zero import response).</summary>
    Rejected = 2,

    /// <summary>Customs is working on it (<c>G</c>, <c>J</c>, <c>M</c>, <c>N</c>, <c>T</c>).</summary>
    InProgress = 3,

    /// <summary>Customs will inspect or is inspecting the goods (<c>C</c>, <c>S</c>).</summary>
    Inspection = 4,

    /// <summary>The goods are released (<c>P</c>, <c>K</c>, <c>I</c>, <c>W</c>, <c>B</c>, <c>F</c>).</summary>
    Released = 5,

    /// <summary>The declaration is cleared and closed (<c>R</c>).</summary>
    Closed = 6,

    /// <summary>The declaration was deleted (<c>D</c>).</summary>
    Deleted = 7,

    /// <summary>The declaration is suspended (<c>H</c>).</summary>
    Suspended = 8,

    /// <summary>The submission failed (<c>Y</c>).</summary>
    Failed = 9,
}
