namespace InsiderBot.Insights;

/// <summary>Names and groupings of <see cref="InsiderRole"/>.</summary>
public static class InsiderRoles
{
    /// <summary>The default C-suite: CEO, CFO, COO and President.</summary>
    public const InsiderRole DefaultCSuite = InsiderRole.Ceo | InsiderRole.Cfo | InsiderRole.Coo | InsiderRole.President;

    private static readonly (InsiderRole Role, string Name)[] Names =
    [
        (InsiderRole.Ceo, "CEO"), (InsiderRole.Cfo, "CFO"), (InsiderRole.Coo, "COO"), (InsiderRole.President, "President"),
        (InsiderRole.Chair, "Chair"), (InsiderRole.GeneralCounsel, "General Counsel"), (InsiderRole.OtherOfficer, "Officer"),
        (InsiderRole.Director, "Director"), (InsiderRole.TenPercentOwner, "10% owner"), (InsiderRole.Other, "Other"),
    ];

    /// <summary>"CEO, Director, 10% owner" — most senior first.</summary>
    public static string Describe(InsiderRole roles)
    {
        var parts = Names.Where(n => roles.HasFlag(n.Role)).Select(n => n.Name).ToList();
        return parts.Count == 0 ? "Insider" : string.Join(", ", parts);
    }

    /// <summary>The single most senior role, for "the CFO" in a sentence.</summary>
    public static string Senior(InsiderRole roles) =>
        Names.FirstOrDefault(n => roles.HasFlag(n.Role)).Name ?? "insider";
}
