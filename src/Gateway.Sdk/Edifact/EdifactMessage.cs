namespace Gateway.Sdk.Edifact;

/// <summary>Represents an interchange: its <c>UNB</c> header and, once read, its <c>UNZ</c> trailer.</summary>
/// <remarks>Messages read by <see cref="EdifactReader.Messages"/> refer to their interchange; the trailer is set when
/// the reader reaches it, after the interchange's last message.</remarks>
public sealed class EdifactInterchange
{
    /// <summary>Initializes a new instance of the <see cref="EdifactInterchange"/> class.</summary>
    /// <param name="header">The <c>UNB</c> segment.</param>
    public EdifactInterchange(EdifactSegment header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
    }

    /// <summary>Gets the <c>UNB</c> segment.</summary>
    public EdifactSegment Header { get; }

    /// <summary>Gets the <c>UNZ</c> segment, or <see langword="null"/> until it has been read.</summary>
    public EdifactSegment? Trailer { get; internal set; }

    /// <summary>Gets the syntax identifier (<c>UNB</c> S001/0001), such as <c>UNOC</c>.</summary>
    public string SyntaxIdentifier => Header[1, 1];

    /// <summary>Gets the syntax version number (<c>UNB</c> S001/0002), such as <c>3</c>.</summary>
    public string SyntaxVersion => Header[1, 2];

    /// <summary>Gets the sender identification (<c>UNB</c> S002/0004).</summary>
    public string Sender => Header[2, 1];

    /// <summary>Gets the recipient identification (<c>UNB</c> S003/0010).</summary>
    public string Recipient => Header[3, 1];

    /// <summary>Gets the interchange control reference (<c>UNB</c> 0020).</summary>
    public string ControlReference => Header[5, 1];
}

/// <summary>Represents a functional group: its <c>UNG</c> header and, once read, its <c>UNE</c> trailer.</summary>
public sealed class EdifactGroup
{
    /// <summary>Initializes a new instance of the <see cref="EdifactGroup"/> class.</summary>
    /// <param name="header">The <c>UNG</c> segment.</param>
    public EdifactGroup(EdifactSegment header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
    }

    /// <summary>Gets the <c>UNG</c> segment.</summary>
    public EdifactSegment Header { get; }

    /// <summary>Gets the <c>UNE</c> segment, or <see langword="null"/> until it has been read.</summary>
    public EdifactSegment? Trailer { get; internal set; }

    /// <summary>Gets the message group identification (<c>UNG</c> 0038), such as <c>CUSCAR</c>.</summary>
    public string MessageGroup => Header[1, 1];

    /// <summary>Gets the group reference number (<c>UNG</c> 0048).</summary>
    public string Reference => Header[5, 1];
}

/// <summary>Represents one message: its segments from <c>UNH</c> to <c>UNT</c>, and the interchange and group it came in.</summary>
/// <param name="Interchange">The interchange.</param>
/// <param name="Group">The functional group, or <see langword="null"/> when the interchange has none.</param>
/// <param name="Segments">The segments, <c>UNH</c> first and <c>UNT</c> last.</param>
public sealed record EdifactMessage(EdifactInterchange Interchange, EdifactGroup? Group, IReadOnlyList<EdifactSegment> Segments)
{
    /// <summary>Gets the message reference number (<c>UNH</c> 0062).</summary>
    public string Reference => Segments[0][1];

    /// <summary>Gets the message type (<c>UNH</c> S009/0065), such as <c>CUSDEC</c>.</summary>
    public string Type => Segments[0][2, 1];

    /// <summary>Gets the message identifier (<c>UNH</c> S009): type, version, release, agency and association code, such as <c>CUSDEC:D:96B:UN</c>.</summary>
    public string Identifier => string.Join(':', Segments[0].ElementCount >= 2 ? Segments[0].Elements[1] : []).TrimEnd(':');

    /// <summary>Gets the directory, version and release joined (<c>UNH</c> S009/0052 and 0054), such as <c>D96B</c>.</summary>
    public string Directory => Segments[0][2, 2] + Segments[0][2, 3];
}
