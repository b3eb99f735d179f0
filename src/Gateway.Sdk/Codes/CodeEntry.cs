namespace Gateway.Sdk.Codes;

/// <summary>Describes one code of a <see cref="CodeTable"/>.</summary>
/// <param name="Code">The code as written in messages.</param>
/// <param name="NameZh">The Chinese name, or an empty string.</param>
/// <param name="NameEn">The English name, or an empty string.</param>
/// <param name="Columns">Every column of the row by header name, including extra ones such as <c>numeric</c>.</param>
public sealed record CodeEntry(string Code, string NameZh, string NameEn, IReadOnlyDictionary<string, string> Columns);
