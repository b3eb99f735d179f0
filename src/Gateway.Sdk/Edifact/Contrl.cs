namespace Gateway.Sdk.Edifact;

/// <summary>Says what a CONTRL message reports for an interchange, group or message (data element 0083).</summary>
public enum ContrlAction
{
    /// <summary>A code the SDK does not know; <see cref="ContrlReport.ActionCode"/> and the others keep the raw value.</summary>
    Unknown = 0,

    /// <summary><c>4</c>: this level and all lower levels rejected; errors are reported.</summary>
    Rejected = 4,

    /// <summary><c>7</c> (and the older <c>1</c>, <c>2</c>, <c>3</c>, <c>5</c>): this level acknowledged, lower levels
    /// acknowledged unless reported as rejected.</summary>
    Acknowledged = 7,

    /// <summary><c>8</c>: the interchange was received; acknowledgement or rejection follows later.</summary>
    Received = 8,
}

/// <summary>Represents one CONTRL message: the syntax acknowledgement or rejection of one interchange (<c>UCI</c>), with
/// its functional groups (<c>UCF</c>), messages (<c>UCM</c>) and the segment and element errors found in them
/// (<c>UCS</c>, <c>UCD</c>).</summary>
/// <remarks>
/// Make one from a received interchange with <see cref="Contrl.Check"/> (or <see cref="Contrl.Received"/> for a receipt
/// only), write it with <see cref="Contrl.ToMessage"/> or <see cref="Contrl.Write"/>, and read a partner's CONTRL with
/// <see cref="Contrl.Read"/>. Error codes are the UN syntax error codes (data element 0085), such as <c>13</c> missing
/// or <c>29</c> control count does not match.
/// </remarks>
public sealed record ContrlReport
{
    /// <summary>Gets the control reference of the interchange acknowledged (<c>UCI</c> 0020, from its <c>UNB</c>).</summary>
    public required string InterchangeReference { get; init; }

    /// <summary>Gets the sender of the interchange acknowledged (<c>UCI</c> S002/0004).</summary>
    public required string Sender { get; init; }

    /// <summary>Gets the sender's identification code qualifier (S002/0007), or an empty string.</summary>
    public string SenderQualifier { get; init; } = string.Empty;

    /// <summary>Gets the recipient of the interchange acknowledged (<c>UCI</c> S003/0010).</summary>
    public required string Recipient { get; init; }

    /// <summary>Gets the recipient's identification code qualifier (S003/0007), or an empty string.</summary>
    public string RecipientQualifier { get; init; } = string.Empty;

    /// <summary>Gets the action for the interchange as a whole.</summary>
    public ContrlAction Action => Contrl.ActionOf(ActionCode);

    /// <summary>Gets the raw action code (0083), such as <c>7</c>.</summary>
    public required string ActionCode { get; init; }

    /// <summary>Gets the syntax error code (0085) of an error in <c>UNA</c>, <c>UNB</c> or <c>UNZ</c>, or an empty string.</summary>
    public string ErrorCode { get; init; } = string.Empty;

    /// <summary>Gets the syntax identifier the CONTRL interchange is written in, such as <c>UNOC</c>; that of the interchange acknowledged.</summary>
    public string SyntaxIdentifier { get; init; } = "UNOC";

    /// <summary>Gets the syntax version: <c>4</c> writes CONTRL 4:1, anything else CONTRL 2:2.</summary>
    public string SyntaxVersion { get; init; } = "3";

    /// <summary>Gets the functional groups reported (<c>UCF</c>); their messages are in <see cref="Messages"/> with a <see cref="ContrlMessageResponse.GroupReference"/>.</summary>
    public IReadOnlyList<ContrlGroupResponse> Groups { get; init; } = [];

    /// <summary>Gets the messages reported (<c>UCM</c>), in order.</summary>
    public IReadOnlyList<ContrlMessageResponse> Messages { get; init; } = [];

    /// <summary>Gets a value indicating whether the interchange, a group or a message was rejected.</summary>
    public bool HasRejections => Action == ContrlAction.Rejected || Groups.Any(g => g.Action == ContrlAction.Rejected) || Messages.Any(m => m.Action == ContrlAction.Rejected);
}

/// <summary>Represents the response to one functional group (<c>UCF</c>).</summary>
public sealed record ContrlGroupResponse
{
    /// <summary>Gets the group reference (<c>UCF</c> 0048, from its <c>UNG</c>).</summary>
    public required string Reference { get; init; }

    /// <summary>Gets the application sender (S006/0040), or an empty string.</summary>
    public string Sender { get; init; } = string.Empty;

    /// <summary>Gets the application recipient (S007/0044), or an empty string.</summary>
    public string Recipient { get; init; } = string.Empty;

    /// <summary>Gets the action for the group.</summary>
    public ContrlAction Action => Contrl.ActionOf(ActionCode);

    /// <summary>Gets the raw action code (0083).</summary>
    public required string ActionCode { get; init; }

    /// <summary>Gets the syntax error code (0085) of an error in <c>UNG</c> or <c>UNE</c>, or an empty string.</summary>
    public string ErrorCode { get; init; } = string.Empty;
}

/// <summary>Represents the response to one message (<c>UCM</c>) and the segment errors found in it.</summary>
public sealed record ContrlMessageResponse
{
    /// <summary>Gets the message reference (<c>UCM</c> 0062, from its <c>UNH</c>).</summary>
    public required string Reference { get; init; }

    /// <summary>Gets the message identifier (S009) with its components joined by colons, such as <c>CUSDEC:D:96B:UN</c>.</summary>
    public required string Identifier { get; init; }

    /// <summary>Gets the reference of the group the message came in, or <see langword="null"/> when the interchange has no groups.</summary>
    public string? GroupReference { get; init; }

    /// <summary>Gets the action for the message.</summary>
    public ContrlAction Action => Contrl.ActionOf(ActionCode);

    /// <summary>Gets the raw action code (0083).</summary>
    public required string ActionCode { get; init; }

    /// <summary>Gets the syntax error code (0085) of an error in <c>UNH</c> or <c>UNT</c>, or an empty string.</summary>
    public string ErrorCode { get; init; } = string.Empty;

    /// <summary>Gets the segments in error (<c>UCS</c>), in order.</summary>
    public IReadOnlyList<ContrlSegmentError> Segments { get; init; } = [];
}

/// <summary>Represents a segment in error (<c>UCS</c>) and the data elements in error inside it (<c>UCD</c>).</summary>
/// <param name="Position">The segment's position in its message, <c>UNH</c> being 1 (0096); for a missing segment, the
/// position of the segment it was expected before.</param>
/// <param name="ErrorCode">The syntax error code (0085) for the segment as a whole, or an empty string.</param>
/// <param name="Elements">The data elements in error.</param>
public sealed record ContrlSegmentError(int Position, string ErrorCode, IReadOnlyList<ContrlElementError> Elements);

/// <summary>Represents a data element in error (<c>UCD</c>).</summary>
/// <param name="ErrorCode">The syntax error code (0085), such as <c>39</c> data element too long.</param>
/// <param name="Element">The element's position in its segment, the first after the tag being 1 (S011/0098).</param>
/// <param name="Component">The component's position in a composite (S011/0104), or 0 for the element as a whole.</param>
public sealed record ContrlElementError(string ErrorCode, int Element, int Component);
