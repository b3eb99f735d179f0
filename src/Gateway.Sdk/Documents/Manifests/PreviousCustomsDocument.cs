namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents an earlier customs document of a consignment (<c>PreviousCustomsDocument</c>).</summary>
/// <param name="Id">The document number (<c>ID</c>).</param>
/// <param name="TypeCode">The document type (<c>TypeCode</c>).</param>
public sealed record PreviousCustomsDocument(string? Id, string? TypeCode);
