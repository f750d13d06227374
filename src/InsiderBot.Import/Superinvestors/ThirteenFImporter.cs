using System.Globalization;
using System.Xml.Linq;
using System.Xml;
using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Import.Superinvestors;

/// <summary>
/// Imports 13F-HR files (full submissions, or bare information tables next to their filing's <c>primary_doc.xml</c>)
/// into <see cref="HoldingsStore"/>, for tracked managers only: a report of anyone else is refused with the reason.
/// </summary>
public sealed class ThirteenFImporter(ThirteenFParser parser, HoldingsStore holdings, IOptions<SuperinvestorOptions> options, ILogger<ThirteenFImporter> logger)
{
    /// <summary>The cover page EDGAR keeps beside the information table in a filing folder.</summary>
    public const string CoverPageName = "primary_doc.xml";

    /// <summary>A real cover page is a few KB; a larger file beside a table is not read into a document.</summary>
    private const long MaxCoverPageBytes = 1 << 20;

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

    /// <summary>
    /// Imports one 13F file's bytes as the <c>import</c> command finds them. The manager and quarter come from the file,
    /// else from <paramref name="cover"/> (a live fetch knows them), else from a <c>primary_doc.xml</c> beside the file.
    /// </summary>
    /// <param name="accession">The filing's accession, for a bare table (which does not carry it).</param>
    public ThirteenFImportOutcome Import(byte[] content, string source, ThirteenFCoverPage? cover = null, DateOnly? filedOn = null, string? accession = null)
    {
        var outcome = parser.Parse(content, source, cover?.Period, filedOn ?? cover?.SignedOn);
        if (!outcome.IsParsed) return ThirteenFImportOutcome.Refused(outcome.Problem!);
        var report = outcome.Report!;
        if (report.ManagerCik is null && cover is null && SiblingCover(source) is { } sibling)
        {
            cover = sibling;
            outcome = parser.Parse(content, source, sibling.Period, filedOn ?? sibling.SignedOn);
            if (!outcome.IsParsed) return ThirteenFImportOutcome.Refused(outcome.Problem!);
            report = outcome.Report!;
        }

        var cik = report.ManagerCik ?? cover?.ManagerCik;
        if (cik is null || report.Period is null)
            return ThirteenFImportOutcome.Refused($"a bare 13F information table names no manager or quarter: import the filing's full submission (.txt) or its folder with {CoverPageName}");

        var name = report.ManagerName ?? cover?.ManagerName ?? "a 13F filer";
        var manager = options.Value.Managers.FirstOrDefault(m => m.Cik == cik);
        if (manager is null)
        {
            return ThirteenFImportOutcome.Refused(
                $"13F-HR of {name} (CIK {cik}) for {Quarter(report.Period.Value)}: not a tracked manager; add it to Superinvestors:Managers to import its holdings");
        }

        var result = holdings.Save(report.Accession is null && accession is not null ? report with { Accession = accession } : report, cik, report.Period);
        logger.LogInformation("13F {Source}: {Holdings} holdings of {Manager} for {Period}, {Result}", source, report.Holdings.Count, manager.Name, report.Period, result);
        return new ThirteenFImportOutcome(new ThirteenFImported(source, manager, report.Period.Value, report.Holdings.Count, report.TotalValue, result), null);
    }

    public static string Quarter(DateOnly period) => $"Q{(period.Month + 2) / 3} {period.Year.ToString(CultureInfo.InvariantCulture)}";

    private static ThirteenFCoverPage? SiblingCover(string source)
    {
        if (!File.Exists(source) || Path.GetDirectoryName(source) is not { } folder) return null;
        var cover = Path.Combine(folder, CoverPageName);
        if (!File.Exists(cover)) return null;
        try
        {
            if (new FileInfo(cover).Length > MaxCoverPageBytes) return null;
            using var reader = XmlReader.Create(cover, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return ThirteenFCoverPage.Read(XDocument.Load(reader));
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
