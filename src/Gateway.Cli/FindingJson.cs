using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Sdk.Validation;

namespace Gateway.Cli;

/// <summary>Formats a finding as one JSON object on one line, written by hand with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class FindingJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string file, ValidationIssue issue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteNumber("line", issue.Location.Line);
            json.WriteNumber("column", issue.Location.Column);
            json.WriteString("severity", issue.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", issue.Code);
            json.WriteString("message", issue.Message);
            json.WriteString("xpath", issue.Location.XPath);
            json.WriteString("path", issue.Location.PropertyPath);
            if (issue.Location.EdifactPath is not null || issue.Location.Segment > 0)
            {
                json.WriteNumber("segment", issue.Location.Segment);
                json.WriteString("edifactPath", issue.Location.EdifactPath);
            }
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
