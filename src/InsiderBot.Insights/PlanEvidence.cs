namespace InsiderBot.Insights;

/// <summary>What the filing says about a 10b5-1 plan, and where it says it.</summary>
/// <param name="Basis">"the 10b5-1 checkbox", "footnote F2", "the remarks"; empty when unknown.</param>
public sealed record PlanEvidence(PlanStatus Status, DateOnly? AdoptedOn, string Basis)
{
    public static PlanEvidence Unknown { get; } = new(PlanStatus.Unknown, null, "");
}
