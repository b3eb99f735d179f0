namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Says which step of the two-step declaration (两步申报) a declaration is: position 3 of <c>DecHead/Type</c>.</summary>
public enum TwoStepMode
{
    /// <summary>Integrated declaration, one entry (整合申报一次录入): position 3 blank.</summary>
    Integrated = 0,

    /// <summary>Step 1, summary declaration (概要申报): position 3 <c>5</c>.</summary>
    Summary = 5,

    /// <summary>Step 2, complete declaration (完整申报): position 3 <c>6</c>.</summary>
    Complete = 6,
}
