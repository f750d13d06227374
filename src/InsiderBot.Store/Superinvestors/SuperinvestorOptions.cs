using System.ComponentModel.DataAnnotations;
using InsiderBot.Insights.Superinvestors;

namespace InsiderBot.Store.Superinvestors;

/// <summary>The <c>Superinvestors</c> section: whose 13F holdings to track, and name matches a person has fixed by hand.</summary>
public sealed class SuperinvestorOptions : IValidatableObject
{
    public const string Section = "Superinvestors";

    /// <summary>The tracked managers (<c>Superinvestors:Managers</c>: a list of <c>{ "Cik": 1067983, "Name": "Berkshire Hathaway" }</c>).</summary>
    public List<TrackedManager> Managers { get; set; } = [];

    /// <summary>
    /// Hand-made matches that win over name matching (<c>Superinvestors:Matches</c>: <c>{ "Ticker": "BAC", "Cusip": "060505104" }</c>);
    /// a Cusip of <c>none</c> says the company has no 13F match.
    /// </summary>
    public List<CusipMatch> Matches { get; set; } = [];

    /// <summary>
    /// How many days after its quarter end a manager's latest stored 13F still counts as confluence
    /// (<c>Superinvestors:ConfluenceMaxAgeDays</c>). A 13F is due 45 days after quarter end, so the default 225 is two
    /// quarters plus that: a manager whose latest stored quarter is older has missed filings (or stopped being fetched).
    /// </summary>
    [Range(46, 3660, ErrorMessage = "Superinvestors:ConfluenceMaxAgeDays must be between 46 and 3660 days (default 225: two quarters plus the 45-day 13F deadline)")]
    public int ConfluenceMaxAgeDays { get; set; } = 225;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Managers.Count; i++)
        {
            if (Managers[i].Cik <= 0 || string.IsNullOrWhiteSpace(Managers[i].Name))
                yield return new ValidationResult($"Superinvestors:Managers:{i} needs a Cik (a positive number) and a Name, e.g. {{ \"Cik\": 1067983, \"Name\": \"Berkshire Hathaway\" }}");
        }

        for (var i = 0; i < Matches.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Matches[i].Ticker) || string.IsNullOrWhiteSpace(Matches[i].Cusip))
                yield return new ValidationResult($"Superinvestors:Matches:{i} needs a Ticker and a Cusip (or \"none\"), e.g. {{ \"Ticker\": \"BAC\", \"Cusip\": \"060505104\" }}");
        }
    }
}
