using InsiderBot.Edgar.Http;
using InsiderBot.Filings;
using InsiderBot.Store;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// A filing's full submission, <c>/Archives/edgar/data/{cik}/{accession}.txt</c>: one request per filing, with the
/// ownership XML inside it (the SGML reader finds it). EDGAR lists a Form 4 under the issuer's CIK and every owner's.
/// </summary>
public static class FullSubmission
{
    public static string PathOf(long cik, string accession) => $"/Archives/edgar/data/{cik}/{accession}.txt";

    /// <summary>
    /// The parse outcome of the submission found under the first of <paramref name="ciks"/> that has it, or why EDGAR
    /// could not be asked right now (the caller stops there and resumes later, so nothing past a gap is stored).
    /// </summary>
    public static async Task<(ParseOutcome? Outcome, string? Problem)> FetchAsync(
        EdgarClient client, FilingDocumentReader reader, IEnumerable<long> ciks, string accession, DateOnly? filedOn, DateTimeOffset? accepted,
        CancellationToken cancellationToken)
    {
        EdgarResponse? response = null;
        foreach (var cik in ciks)
        {
            response = await client.GetAsync(client.Www(PathOf(cik, accession)), EdgarBody.Any, cancellationToken).ConfigureAwait(false);
            if (response.Outcome != EdgarOutcome.NotFound) break;
        }

        if (response is null) return (null, "no CIK to find the filing under");
        var url = response.Url.ToString();
        return response.Outcome switch
        {
            EdgarOutcome.Ok => (reader.Read(response.Body, url, new FilingOrigin(url, accession, filedOn, accepted)), null),
            EdgarOutcome.Failed => (null, response.Problem),
            _ => (ParseOutcome.Quarantined(url, $"EDGAR's copy could not be read whole: {response.Problem}"), null),
        };
    }

    /// <summary>
    /// Files a fetched filing: a parsed Form 4 joins <paramref name="batch"/> under its listed accession, an unreadable one
    /// is quarantined with its reason (and logged); what to remember beyond that is the caller's.
    /// </summary>
    public static SubmissionVerdict Sort(ParseOutcome outcome, string accession, List<Form4Filing> batch, InsiderStore store, ILogger logger)
    {
        switch (outcome.Status)
        {
            case ParseStatus.Parsed:
                batch.Add(outcome.Filing! with { Accession = accession });
                return SubmissionVerdict.Parsed;
            case ParseStatus.Skipped:
                return SubmissionVerdict.Skipped;
            default:
                store.Quarantine(outcome.Source, outcome.Reason!);
                logger.LogWarning("Quarantined {Source}: {Reason}", outcome.Source, outcome.Reason);
                return SubmissionVerdict.Quarantined;
        }
    }
}
