namespace Gateway.Sdk.Edifact;

/// <summary>Configures the interchange an SDK message writer wraps its message in: <c>UNB</c> and <c>UNZ</c>, written as
/// <c>UNOW</c> (UTF-8) syntax version 4 after a <c>UNA</c> advice.</summary>
public record EdifactInterchangeOptions
{
    /// <summary>Gets the interchange sender (<c>UNB</c> S002/0004).</summary>
    /// <value><c>GATEWAY-SDK</c>.</value>
    public string Sender { get; init; } = "GATEWAY-SDK";

    /// <summary>Gets the interchange recipient (<c>UNB</c> S003/0010).</summary>
    /// <value><c>CHINAPORT</c>.</value>
    public string Recipient { get; init; } = "CHINAPORT";

    /// <summary>Gets the interchange control reference (<c>UNB</c> 0020, up to 14 characters); <see langword="null"/> for <c>1</c>.</summary>
    public string? ControlReference { get; init; }

    /// <summary>Gets the preparation time written to <c>UNB</c> S004; <see langword="null"/> for now, in China Standard Time.</summary>
    public DateTimeOffset? Prepared { get; init; }

    /// <summary>Gets the line break written after each segment (<see langword="null"/> for none).</summary>
    /// <value><c>\n</c>, which keeps files readable; partners that want none can say so.</value>
    public string? LineBreak { get; init; } = "\n";

    /// <summary>Wraps one message (<c>UNH</c> to <c>UNT</c>) in an interchange and writes it.</summary>
    internal byte[] Write(IEnumerable<EdifactSegment> message) =>
        new EdifactWriter(EdifactServiceCharacters.Default, "UNOW", writeServiceStringAdvice: true, LineBreak)
            .Write(EdifactWriter.Interchange("UNOW", "4", [Sender], [Recipient], Prepared, ControlReference ?? "1", message));
}
