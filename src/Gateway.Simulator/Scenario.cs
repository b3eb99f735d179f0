using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Simulator;

/// <summary>Is what a message asks the simulator to do with it, through magic values in any text field (HMRC-stub style).</summary>
/// <remarks>
/// Tokens: <c>[sim:accept]</c> (the default), <c>[sim:inspect]</c>, <c>[sim:reject]</c>,
/// <c>[sim:reject=CODE]</c> or <c>[sim:reject=CODE:reason]</c> (CODE a channel letter such as <c>E</c>, <c>Z</c>,
/// <c>Y</c>, or digits for a failed import response; for a manifest, a two-digit MT9999 code such as <c>03</c>, <c>12</c>
/// or <c>13</c>, a letter meaning <c>03</c>), and <c>[sim:delay=SECONDS]</c>, which holds every receipt back.
/// Put them in a free-text field such as a declaration's <c>DecHead/NoteS</c> (备注) or a manifest's <c>AdditionalInformation</c>.
/// </remarks>
internal sealed partial record Scenario(string Outcome, string? Code, string? Reason, TimeSpan Delay)
{
    public static Scenario Accept { get; } = new("accept", null, null, TimeSpan.Zero);

    public string Tokens => $"[sim:{Outcome}{(Code is null ? string.Empty : "=" + Code + (Reason is null ? string.Empty : ":" + Reason))}]" + (Delay > TimeSpan.Zero ? $"[sim:delay={Delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)}]" : string.Empty);

    /// <summary>Reads the tokens; an unknown or malformed token is reported so a tester's typo is not silently ignored.</summary>
    public static Scenario Parse(string text, out string? problem)
    {
        problem = null;
        var scenario = Accept;
        foreach (Match match in Token().Matches(text))
        {
            var name = match.Groups[1].Value;
            var value = match.Groups[2].Success ? match.Groups[2].Value : null;
            switch (name)
            {
                case "accept" or "inspect" when value is null:
                    scenario = scenario with { Outcome = name, Code = null, Reason = null };
                    break;
                case "reject":
                    var code = value?.Split(':', 2)[0];
                    if (code is not null && !CodePattern().IsMatch(code))
                    {
                        problem = $"[sim:reject={value}]: the code '{code}' is neither a channel letter (E, Z, Y …) nor a non-zero import response code nor a two-digit manifest code";
                        break;
                    }

                    scenario = scenario with { Outcome = name, Code = code ?? "E", Reason = value?.Split(':', 2) is [_, var reason] ? reason : null };
                    break;
                case "delay" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 86_400:
                    scenario = scenario with { Delay = TimeSpan.FromSeconds(seconds) };
                    break;
                default:
                    problem = $"{match.Value} is not a simulator token; use [sim:accept], [sim:inspect], [sim:reject=CODE:reason] or [sim:delay=SECONDS]";
                    break;
            }
        }

        return scenario;
    }

    [GeneratedRegex(@"\[sim:([a-z]+)(?:=([^\]]*))?\]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex("^([A-Z]|Sp[A-Z0-9]|[1-9][0-9]{0,3}|0[1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
