namespace Gateway.Integration.Tests;

/// <summary>Runs the 5,000-declaration evidence tests one after the other: side by side on two cores they starve each
/// other's processes and the fault-injected retries run out of time.</summary>
[CollectionDefinition(Name)]
public sealed class Heavy
{
    public const string Name = "5,000-declaration evidence runs";
}
