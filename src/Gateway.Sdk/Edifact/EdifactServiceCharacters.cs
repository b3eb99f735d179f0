using System.Text;

namespace Gateway.Sdk.Edifact;

/// <summary>Holds an interchange's service characters: from its <c>UNA</c> service string advice, or the syntax defaults <c>:+.? '</c>.</summary>
/// <param name="Component">The component data element separator (default <c>:</c>).</param>
/// <param name="Element">The data element separator (default <c>+</c>).</param>
/// <param name="DecimalMark">The decimal mark (default <c>.</c>); data, never escaped.</param>
/// <param name="Release">The release character (default <c>?</c>), which makes the next character data.</param>
/// <param name="Repetition">The repetition separator of syntax version 4 (such as <c>*</c>), or a space when reserved (versions 1–3).</param>
/// <param name="Segment">The segment terminator (default <c>'</c>).</param>
public sealed record EdifactServiceCharacters(byte Component, byte Element, byte DecimalMark, byte Release, byte Repetition, byte Segment)
{
    /// <summary>Gets the syntax defaults, <c>UNA:+.? '</c>.</summary>
    public static EdifactServiceCharacters Default { get; } = new((byte)':', (byte)'+', (byte)'.', (byte)'?', (byte)' ', (byte)'\'');

    /// <summary>Gets a value indicating whether a repetition separator is set (syntax version 4); a space means reserved.</summary>
    public bool HasRepetition => Repetition != (byte)' ';

    /// <summary>Reads the six characters after <c>UNA</c>.</summary>
    /// <param name="advice">The nine bytes <c>UNA</c> followed by the six service characters.</param>
    /// <returns>The service characters.</returns>
    /// <exception cref="EdifactException">The advice is short, or uses one character for two roles (<c>EDI002</c>).</exception>
    public static EdifactServiceCharacters Parse(ReadOnlySpan<byte> advice)
    {
        if (advice.Length < 9 || !advice.StartsWith("UNA"u8))
        {
            throw new EdifactException("EDI002", "the UNA service string advice needs 6 characters after UNA, such as UNA:+.? '", 0, 1, 1);
        }

        var characters = new EdifactServiceCharacters(advice[3], advice[4], advice[5], advice[6], advice[7], advice[8]);
        byte[] roles = [characters.Component, characters.Element, characters.Release, characters.Segment, characters.DecimalMark];
        if (characters.HasRepetition)
        {
            roles = [.. roles, characters.Repetition];
        }

        if (roles.Distinct().Count() != roles.Length || roles.Any(b => b is (byte)'\r' or (byte)'\n' || char.IsAsciiLetterOrDigit((char)b)))
        {
            throw new EdifactException("EDI002", $"UNA{Encoding.Latin1.GetString(advice[3..9])} uses one character for two roles, or a letter, digit or line break as a separator: each of component, element, decimal mark, release, repetition and terminator needs its own character", 0, 1, 1);
        }

        return characters;
    }

    /// <summary>Writes the service string advice.</summary>
    /// <returns>The nine bytes <c>UNA</c> and the six characters.</returns>
    public byte[] ToUna() => [(byte)'U', (byte)'N', (byte)'A', Component, Element, DecimalMark, Release, Repetition, Segment];
}
