namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the header every manifest message carries (<c>Head</c>).</summary>
/// <remarks>See docs/manifests.md for the field table and its confidence levels.</remarks>
public sealed record ManifestHead
{
    /// <summary>The version written in <c>Head/Version</c> by default, as in the public samples.</summary>
    public const string DefaultVersion = "1.0";

    /// <summary>Gets the message id (<c>MessageID</c>), unique per sender; it is the filing's client-side id, which keeps it from being filed twice.</summary>
    /// <remarks>Create one with <see cref="ManifestMessageIds"/>: <c>CN_MT2101_1p1_&lt;SenderID&gt;_&lt;yyyyMMddHHmmssfff&gt;</c>.</remarks>
    public required string MessageId { get; init; }

    /// <summary>Gets the message function (<c>FunctionCode</c>).</summary>
    /// <value><see cref="ManifestFunctionCode.Original"/>.</value>
    public ManifestFunctionCode FunctionCode { get; init; } = ManifestFunctionCode.Original;

    /// <summary>Gets the message type (<c>MessageType</c>); it also selects the namespace.</summary>
    public required ManifestMessageType MessageType { get; init; }

    /// <summary>Gets the sender (<c>SenderID</c>): 4-digit customs code and 9-digit organization code, then <c>_</c> and a suffix.</summary>
    public required string SenderId { get; init; }

    /// <summary>Gets the receiver (<c>ReceiverID</c>): the 4-digit customs code of the declaring office, or <c>EPORT</c>.</summary>
    public required string ReceiverId { get; init; }

    /// <summary>Gets when the message was sent (<c>SendTime</c>, <c>yyyyMMddHHmmssfff</c>, China Standard Time).</summary>
    public DateTime? SendTime { get; init; }

    /// <summary>Gets the message version (<c>Version</c>).</summary>
    /// <value><see cref="DefaultVersion"/>.</value>
    public string? Version { get; init; } = DefaultVersion;
}
