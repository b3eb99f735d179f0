using System.Globalization;
using System.Text;

namespace Gateway.Sdk.Validation;

/// <summary>Points at the place in a document that a <see cref="ValidationIssue"/> is about.</summary>
/// <remarks>
/// An issue found in a domain object has a <see cref="PropertyPath"/>; one found in XML text has an
/// <see cref="XPath"/> and, when the text was read from a stream, a <see cref="Line"/> and
/// <see cref="Column"/> (both 1-based). Issues the SDK finds in objects it also places on the XML path
/// the writer would use, so both paths are usually set.
/// </remarks>
public sealed record IssueLocation
{
    /// <summary>Gets the location of the whole document.</summary>
    public static IssueLocation Document { get; } = new();

    /// <summary>Gets the path of the property in the domain model, such as <c>Goods[0].HsCode</c>.</summary>
    public string? PropertyPath { get; init; }

    /// <summary>Gets the XPath of the element, such as <c>/DecMessage/DecLists/DecList[1]/CodeTS</c>.</summary>
    public string? XPath { get; init; }

    /// <summary>Gets the path in an EDIFACT message, such as <c>SG4[2]/NAD/C082/3039</c>: segment groups with their
    /// 1-based occurrence, the segment tag, then the composite and data element identifiers; an identifier that occurs
    /// more than once in its segment or composite carries its occurrence, as in <c>NAD/C059/3042[2]</c>.</summary>
    public string? EdifactPath { get; init; }

    /// <summary>Gets the 1-based segment number in an EDIFACT interchange (<c>UNA</c> not counted), or 0 when unknown.</summary>
    public int Segment { get; init; }

    /// <summary>Gets the workbook cell, sheet-qualified as Excel writes it, such as <c>'商品 Lines'!C7</c>, for issues found in a workbook.</summary>
    public string? Cell { get; init; }

    /// <summary>Gets the 1-based line in the source text, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column in the source text, or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Formats the location as <c>line:col</c>, the EDIFACT segment number if known, then the most specific path known.</summary>
    /// <returns>A short human-readable location, or an empty string when nothing is known.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Cell ?? string.Empty);
        if (Line > 0 && Cell is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Line}:{Column}");
        }

        if (Segment > 0)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(CultureInfo.InvariantCulture, $"segment {Segment}");
        }

        var path = XPath ?? EdifactPath ?? PropertyPath;
        if (path is not null)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(path);
        }

        return text.ToString();
    }
}
