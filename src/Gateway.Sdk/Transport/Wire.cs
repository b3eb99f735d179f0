using System.Text.Json.Serialization;

namespace Gateway.Sdk.Transport;

/// <summary>Is a filing as the gateway's HTTP API reports it (<c>POST /api/messages</c>, <c>GET /api/messages/{id}</c>).</summary>
internal sealed record WireFiling(string Id, string Family, string MessageType, DateTimeOffset AcceptedAt, int Presented, string Sha256, bool Replayed);

/// <summary>Is one receipt in <c>GET /api/messages/{id}/receipts</c>.</summary>
internal sealed record WireReceipt(int Sequence, DateTimeOffset IssuedAt, string Xml);

/// <summary>Is the body of <c>GET /api/messages/{id}/receipts</c>.</summary>
internal sealed record WireReceipts(string Id, IReadOnlyList<WireReceipt> Receipts);

/// <summary>Is an error body: a stable code, one line saying what and how to fix it, and the document's issues when there are any.</summary>
internal sealed record WireError(string Error, string Message, IReadOnlyList<WireIssue>? Issues = null);

/// <summary>Is one validation issue in a <see cref="WireError"/>.</summary>
internal sealed record WireIssue(string Code, string Severity, string Message, string? Location);

/// <summary>Is one entry of <c>GET /admin/ledger</c>.</summary>
internal sealed record WireLedgerEntry(string Id, string Family, string MessageType, DateTimeOffset FirstAcceptedAt, int Presented, string Sha256);

/// <summary>Serializes the wire records with source-generated code (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WireFiling))]
[JsonSerializable(typeof(WireReceipts))]
[JsonSerializable(typeof(WireError))]
[JsonSerializable(typeof(List<WireLedgerEntry>))]
internal sealed partial class WireJson : JsonSerializerContext
{
}
