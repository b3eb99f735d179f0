using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Edifact;

/// <summary>Reports input that cannot be read as EDIFACT, with where: segment number, line and column.</summary>
/// <remarks>Codes: <c>EDI001</c> a segment without terminator at the end (truncated), <c>EDI002</c> a bad UNA,
/// <c>EDI003</c> a segment over the length limit, <c>EDI004</c> a character the declared character set cannot carry,
/// <c>EDI005</c> a malformed segment tag, <c>EDI006</c> a repeated data element written without a repetition separator;
/// <c>EDI201</c> an envelope that cannot be read (<see cref="EdifactReader.Messages"/>); <c>EDI401</c> a document CUSDEC or
/// CUSRES cannot carry; <c>EDI501</c> a message that is not CONTRL given to <see cref="Contrl.Read"/>.</remarks>
public sealed class EdifactException : GatewayException
{
    /// <summary>Initializes a new instance of the <see cref="EdifactException"/> class.</summary>
    public EdifactException()
        : this("EDI001", "the input is not EDIFACT", 0, 0, 0)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EdifactException"/> class.</summary>
    /// <param name="message">The message.</param>
    public EdifactException(string message)
        : this("EDI001", message, 0, 0, 0)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EdifactException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EdifactException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "EDI001";
        Problem = message;
    }

    /// <summary>Initializes a new instance of the <see cref="EdifactException"/> class.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    /// <param name="segment">The 1-based segment number, UNA not counted; 0 when before the first segment.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in bytes.</param>
    public EdifactException(string code, string problem, int segment, int line, int column)
        : base(line > 0 || segment > 0 ? $"line {line}, column {column}{(segment > 0 ? $", segment {segment}" : string.Empty)}: {problem}" : problem)
    {
        Code = code;
        Problem = problem;
        Segment = segment;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the stable code, such as <c>EDI001</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong and how to fix it, without the location.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>Gets the 1-based segment number (UNA not counted), or 0.</summary>
    public int Segment { get; }

    /// <summary>Gets the 1-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, in bytes.</summary>
    public int Column { get; }

    /// <summary>Turns the exception into an error for a validation report, located by line, column and segment.</summary>
    internal ValidationIssue ToIssue() =>
        new(Code, ValidationSeverity.Error, Problem, new IssueLocation { Line = Line, Column = Column, Segment = Segment });
}
