namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Says whether a policy profile requires an attached document.</summary>
public enum DocumentRequirement
{
    /// <summary>The document may be attached or not.</summary>
    Optional = 0,

    /// <summary>The document must be attached to submit.</summary>
    Required = 1,

    /// <summary>A facilitation measure removed the need for the document; attaching it draws a warning.</summary>
    Unnecessary = 2,
}
