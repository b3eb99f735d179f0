namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents the function of a manifest message (<c>Head/FunctionCode</c>, UN/EDIFACT 1225 style): an extensible value.</summary>
/// <remarks>
/// Observed in public samples: <c>9</c> original (MT1101, MT2101), <c>2</c> add and <c>3</c> delete (MT3101).
/// <see cref="Change"/> (<c>5</c>) follows UN/EDIFACT 1225 and is <b>not verified</b> for single-window manifests:
/// check it against the specification you were given. Any code of one to three letters or digits can be expressed.
/// </remarks>
public readonly record struct ManifestFunctionCode
{
    private readonly string? _code;

    /// <summary>Initializes a new instance of the <see cref="ManifestFunctionCode"/> struct.</summary>
    /// <param name="code">One to three letters or digits.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> does not have that shape.</exception>
    public ManifestFunctionCode(string code)
    {
        if (!IsCode(code))
        {
            throw new ArgumentException($"'{code}' is not a function code: use one to three letters or digits, such as 9", nameof(code));
        }

        _code = code;
    }

    /// <summary>Gets the original message (<c>9</c>).</summary>
    public static ManifestFunctionCode Original { get; } = new("9");

    /// <summary>Gets an addition (<c>2</c>), as arrival reports use it.</summary>
    public static ManifestFunctionCode Add { get; } = new("2");

    /// <summary>Gets a deletion (<c>3</c>).</summary>
    public static ManifestFunctionCode Delete { get; } = new("3");

    /// <summary>Gets a change or replacement (<c>5</c>); not verified, see the remarks.</summary>
    public static ManifestFunctionCode Change { get; } = new("5");

    /// <summary>Says whether text has the shape of a function code.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> for one to three ASCII letters or digits.</returns>
    public static bool IsCode(string? code) => code is { Length: >= 1 and <= 3 } && code.All(char.IsAsciiLetterOrDigit);

    /// <summary>Gets the code.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>9</c>.</returns>
    public override string ToString() => Code;
}
