using System.Text.RegularExpressions;

namespace InsiderBot.Insights;

/// <summary>Finds footnotes that tie a sale to covering taxes on the vesting of an award ("sell to cover").</summary>
public static partial class TaxSaleDetector
{
    [GeneratedRegex(@"sell[\s-]+to[\s-]+cover|sold\s+to\s+cover|(?:satisfy|satisf(?:ied|ies)|cover|covering|pay|paying)\s+(?:the\s+|any\s+|applicable\s+|all\s+|certain\s+|his\s+|her\s+|their\s+)*(?:federal\s+|state\s+|income\s+|statutory\s+|minimum\s+)*(?:tax|withholding)|tax\s+withholding\s+obligations?", RegexOptions.IgnoreCase)]
    private static partial Regex Tax();

    [GeneratedRegex(@"vest|settle|restricted\s+stock|\bRSUs?\b|\bPSUs?\b|stock\s+units?|award", RegexOptions.IgnoreCase)]
    private static partial Regex Vesting();

    public static bool IsTaxSale(string footnote) =>
        !string.IsNullOrWhiteSpace(footnote) && Tax().IsMatch(footnote) && Vesting().IsMatch(footnote);
}
