namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents a telephone number, fax number or e-mail address (<c>Communication</c>).</summary>
/// <param name="Id">The number or address (<c>ID</c>).</param>
/// <param name="TypeId">The kind (<c>TypeID</c>, UN/EDIFACT 3155 style: <c>TE</c> telephone, <c>FX</c> fax, <c>EM</c> e-mail).</param>
public sealed record PartyCommunication(string? Id, string? TypeId);
