using InsiderBot.Filings;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Store.Superinvestors;

/// <summary>Imports 13F-HR files (bare information tables or full submissions) into <see cref="HoldingsStore"/>.</summary>
public sealed class ThirteenFImporter(ThirteenFParser parser, HoldingsStore holdings, ILogger<ThirteenFImporter> logger)
{
    /// <param name="managerCik">For bare tables, which carry no manager.</param>
    /// <param name="period">For bare tables, which carry no quarter.</param>
    public (HoldingsSaveResult? Result, ThirteenFOutcome Outcome) Import(string path, long? managerCik = null, DateOnly? period = null, DateOnly? filedOn = null)
    {
        var outcome = parser.Parse(File.ReadAllBytes(path), path, period, filedOn);
        if (!outcome.IsParsed)
        {
            logger.LogWarning("13F file {Source} not imported: {Problem}", path, outcome.Problem);
            return (null, outcome);
        }

        var result = holdings.Save(outcome.Report!, managerCik, period);
        logger.LogInformation("13F file {Source}: {Holdings} holdings for manager {Cik}, {Result}", path, outcome.Report!.Holdings.Count, outcome.Report.ManagerCik ?? managerCik, result);
        return (result, outcome);
    }
}
