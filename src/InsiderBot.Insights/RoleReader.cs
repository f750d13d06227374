using System.Text.RegularExpressions;
using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>Reads roles from the relationship flags and the free-text officer title ("EVP, CFO", "See Remarks").</summary>
public static partial class RoleReader
{
    [GeneratedRegex(@"\bCEO\b|chief\s+executive|principal\s+executive", RegexOptions.IgnoreCase)]
    private static partial Regex Ceo();

    [GeneratedRegex(@"\bCFO\b|chief\s+financial|principal\s+financial|\btreasurer\b(?!.*assistant)", RegexOptions.IgnoreCase)]
    private static partial Regex Cfo();

    [GeneratedRegex(@"\bCOO\b|chief\s+operating", RegexOptions.IgnoreCase)]
    private static partial Regex Coo();

    // "President" but not "Vice President", "Senior Vice-President", "VP".
    [GeneratedRegex(@"(?<!vice[\s-]{1,3})(?<!vice)\bpresident\b", RegexOptions.IgnoreCase)]
    private static partial Regex President();

    [GeneratedRegex(@"(?<!vice[\s-]{1,3})\bchair(?:man|woman|person)?\b|\bexecutive\s+chair", RegexOptions.IgnoreCase)]
    private static partial Regex Chair();

    [GeneratedRegex(@"general\s+counsel|chief\s+legal|\bCLO\b|\bGC\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counsel();

    [GeneratedRegex(@"\bdirector\b", RegexOptions.IgnoreCase)]
    private static partial Regex DirectorWord();

    [GeneratedRegex(@"see\s+remarks|see\s+below|see\s+footnote", RegexOptions.IgnoreCase)]
    private static partial Regex SeeRemarks();

    public static InsiderRole Read(ReportingOwner owner, string remarks = "")
    {
        var roles = InsiderRole.None;
        if (owner.IsDirector) roles |= InsiderRole.Director;
        if (owner.IsTenPercentOwner) roles |= InsiderRole.TenPercentOwner;
        if (owner.IsOther) roles |= InsiderRole.Other;

        var title = owner.OfficerTitle;
        if (SeeRemarks().IsMatch(title) || (owner.IsOfficer && title.Length == 0)) title = $"{title} {remarks}";
        var titled = FromTitle(title);
        if (owner.IsOfficer || titled != InsiderRole.None)
            roles |= titled == InsiderRole.None ? InsiderRole.OtherOfficer : titled;
        if (owner.IsOther && DirectorWord().IsMatch(owner.OtherText)) roles |= InsiderRole.Director;
        return roles;
    }

    /// <summary>The officer roles a title names; nothing when it names none of them.</summary>
    public static InsiderRole FromTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) return InsiderRole.None;
        var roles = InsiderRole.None;
        if (Ceo().IsMatch(title)) roles |= InsiderRole.Ceo;
        if (Cfo().IsMatch(title)) roles |= InsiderRole.Cfo;
        if (Coo().IsMatch(title)) roles |= InsiderRole.Coo;
        if (President().IsMatch(title)) roles |= InsiderRole.President;
        if (Chair().IsMatch(title)) roles |= InsiderRole.Chair;
        if (Counsel().IsMatch(title)) roles |= InsiderRole.GeneralCounsel;
        return roles;
    }
}
