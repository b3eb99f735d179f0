namespace Gateway.Sdk;

/// <summary>Gives the normalized state a receipt reports, across families; the family's raw code is kept in <see cref="Transport.GatewayReceipt.Code"/> and <see cref="Documents.Declarations.DeclarationReceipt.RawCode"/>.</summary>
public enum ReceiptStatus
{
    /// <summary>The code has no known meaning.</summary>
    Unknown = 0,

    /// <summary>Accepted into the single window or the customs database (declarations: import response 0, <c>L</c>).</summary>
    Accepted = 1,

    /// <summary>Rejected or returned for modification (declarations: <c>E</c>, <c>Z</c>, a non-zero import response). Final.</summary>
    Rejected = 2,

    /// <summary>Customs is working on it.</summary>
    InProgress = 3,

    /// <summary>Customs will inspect or is inspecting the goods.</summary>
    Inspection = 4,

    /// <summary>The goods are released (declarations: <c>P</c> and the paperless variants).</summary>
    Released = 5,

    /// <summary>Cleared and closed (declarations: <c>R</c>). Final.</summary>
    Closed = 6,

    /// <summary>Deleted. Final.</summary>
    Deleted = 7,

    /// <summary>Suspended.</summary>
    Suspended = 8,

    /// <summary>The submission failed. Final.</summary>
    Failed = 9,
}
