using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Xml;

/// <summary>Signals, inside the readers, input that cannot be read at all; it becomes one <see cref="ValidationIssue"/>.</summary>
internal sealed class XmlInputException(string code, string message, int line, int column) : Exception(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
