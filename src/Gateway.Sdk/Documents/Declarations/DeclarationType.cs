namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents the positional <c>DecHead/Type</c> flags (单据类型): kind, two-step mode and combined port.</summary>
/// <remarks>
/// <para>Positions 1–2 hold the kind (<see cref="DeclarationKinds"/>, blank for an ordinary declaration), position 3 the
/// two-step mode (blank or <c>0</c> integrated, <c>5</c> summary, <c>6</c> complete), positions 4–6 are spaces, and
/// position 7 is <c>Z</c> for a combined port (组合港). Unused positions are spaces; by default trailing spaces are
/// trimmed, so a two-step summary of an ordinary declaration is <c>"  5"</c> and a summary-tax one <c>"CL"</c>.</para>
/// <para>Unverified: the specification gives the field length 6 yet defines a 7th position, and does not say whether
/// trailing spaces are sent. Use <c>trimTrailingSpaces: false</c> or <see cref="FromRaw"/> to send exactly what your
/// test environment expects. A sourced conflict composes two-step codes differently; <see cref="FromRaw"/> covers it.</para>
/// </remarks>
public readonly record struct DeclarationType
{
    private readonly string? _raw;

    private DeclarationType(string raw) => _raw = raw.Length == 0 ? null : raw;

    /// <summary>Gets an ordinary, integrated declaration: all positions blank (equal to <see langword="default"/>).</summary>
    public static DeclarationType Ordinary => default;

    /// <summary>Gets the kind code of positions 1–2 without padding, such as <c>CL</c>, or an empty string.</summary>
    public string Kind => Raw.Length == 0 ? string.Empty : Raw[..Math.Min(2, Raw.Length)].Trim();

    /// <summary>Gets the two-step mode of position 3, or <see langword="null"/> when position 3 holds a code the SDK does not know.</summary>
    public TwoStepMode? TwoStep => (Raw.Length > 2 ? Raw[2] : ' ') switch
    {
        ' ' or '0' => TwoStepMode.Integrated,
        '5' => TwoStepMode.Summary,
        '6' => TwoStepMode.Complete,
        _ => null,
    };

    /// <summary>Gets a value indicating whether position 7 marks a combined port (<c>Z</c>).</summary>
    public bool IsCombinedPort => Raw.Length > 6 && Raw[6] == 'Z';

    private string Raw => _raw ?? string.Empty;

    /// <summary>Composes the flags.</summary>
    /// <param name="kind">The two-character kind from <see cref="DeclarationKinds"/>, or empty for an ordinary declaration.</param>
    /// <param name="twoStep">The two-step mode.</param>
    /// <param name="combinedPort">Whether the declaration uses a combined port.</param>
    /// <param name="trimTrailingSpaces">Whether to drop unused trailing positions.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is longer than two characters.</exception>
    public static DeclarationType Create(string kind = DeclarationKinds.Ordinary, TwoStepMode twoStep = TwoStepMode.Integrated, bool combinedPort = false, bool trimTrailingSpaces = true)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.Length > 2)
        {
            throw new ArgumentException($"'{kind}' is not a declaration kind: use at most two characters such as CL.", nameof(kind));
        }

        var step = twoStep switch
        {
            TwoStepMode.Summary => '5',
            TwoStepMode.Complete => '6',
            _ => ' ',
        };
        var raw = $"{kind,-2}{step}   {(combinedPort ? 'Z' : ' ')}";
        return new DeclarationType(trimTrailingSpaces ? raw.TrimEnd(' ') : raw);
    }

    /// <summary>Uses a raw value as is, for codes or layouts the SDK does not know.</summary>
    /// <param name="raw">The exact text of <c>DecHead/Type</c>.</param>
    /// <returns>The flags.</returns>
    public static DeclarationType FromRaw(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return new DeclarationType(raw);
    }

    /// <summary>Returns the exact wire text.</summary>
    /// <returns>The positional string.</returns>
    public override string ToString() => Raw;
}
