using System.Xml.Linq;
using System.Xml;
using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Import;

/// <summary>
/// The bundled demo's 13F-HR filings (<c>SampleData/13f</c>): real reports of small filers that are not tracked
/// superinvestors. Seeding stores their holdings and adds each filer as a demo manager, named as what it is, so
/// <c>/superinvestors</c> answers out of the box; the configured managers stay as configured.
/// </summary>
public sealed class SampleHoldings(ThirteenFParser parser, HoldingsStore holdings)
{
    /// <summary>What a demo manager's name ends with, so no answer passes it off as a tracked superinvestor.</summary>
    public const string DemoSuffix = " (demo 13F filer)";

    /// <summary>Stores every bundled report under <paramref name="folder"/>; returns the reports stored.</summary>
    /// <remarks>
    /// A full submission (<c>.txt</c>, <c>.nc</c>) carries its own cover page; a bare information table lies in a folder
    /// of its own beside the filing's <c>primary_doc.xml</c>, which says whose it is and for which quarter.
    /// </remarks>
    public int Seed(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var stored = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Store(file, cover: null)) stored++;
        }

        foreach (var filing in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var coverPath = Path.Combine(filing, ThirteenFImporter.CoverPageName);
            if (!File.Exists(coverPath)) continue;
            var cover = ReadCover(coverPath);
            foreach (var table in Directory.EnumerateFiles(filing, "*.xml").Where(f => f != coverPath).Order(StringComparer.Ordinal))
            {
                if (Store(table, cover)) stored++;
            }
        }

        return stored;
    }

    private bool Store(string path, ThirteenFCoverPage? cover)
    {
        var outcome = parser.Parse(File.ReadAllBytes(path), path, cover?.Period, cover?.SignedOn);
        if (!outcome.IsParsed) return false;
        var report = outcome.Report!;
        if ((report.ManagerCik ?? cover?.ManagerCik) is not { } cik || report.Period is null) return false;
        var name = report.ManagerName ?? cover?.ManagerName ?? $"13F filer {cik}";
        holdings.AddDemoManager(new TrackedManager { Cik = cik, Name = name + DemoSuffix });
        return holdings.Save(report, cik) is HoldingsSaveResult.Stored or HoldingsSaveResult.Replaced;
    }

    private static ThirteenFCoverPage ReadCover(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return ThirteenFCoverPage.Read(XDocument.Load(reader));
    }
}
