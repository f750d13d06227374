using System.Text;
using InsiderBot.Edgar.Superinvestors;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.Superinvestors;

/// <summary>
/// The fake EDGAR serving two tracked managers' real 13F filings in EDGAR's layout (submissions JSON on the data host,
/// filing folders with index.json), a real store, and the fetcher under test.
/// </summary>
public sealed class ThirteenFHarness : IAsyncDisposable
{
    public const long Berkshire = 1067983;
    public const long LtsOne = 1894188;
    public const string BerkshireQ4 = "0000950123-23-002585";
    public const string BerkshireQ4NewHoldings = "0000950123-23-003001";
    public const string BerkshireQ3 = "0000950123-22-012295";
    public const string BerkshireQ2 = "0000950123-22-008834";
    public const string LtsOneQ3 = "0001894188-23-000007";
    public const string AppleCusip = "037833100";

    private readonly List<SubmissionsJsonBuilder.Filing> berkshireFilings = [];

    private ThirteenFHarness(EdgarHarness edgar)
    {
        Edgar = edgar;
        Holdings = new HoldingsStore(Store.Database);
        var options = Microsoft.Extensions.Options.Options.Create(new SuperinvestorOptions
        {
            Managers = [new() { Cik = Berkshire, Name = "Berkshire Hathaway" }, new() { Cik = LtsOne, Name = "LTS One" }],
        });
        Tracker = new SuperinvestorTracker(Holdings, options, edgar.Time);
        var importer = new ThirteenFImporter(new ThirteenFParser(), Holdings, options, NullLogger<ThirteenFImporter>.Instance);
        FetchStatus = new ThirteenFFetchStatus(Tracker, Holdings, Microsoft.Extensions.Options.Options.Create(edgar.Options), edgar.Time);
        Fetcher = new ThirteenFFetcher(edgar.Client, importer, Holdings, Store.Store, Tracker, FetchStatus, NullLogger<ThirteenFFetcher>.Instance);

        // Berkshire's real Q4 2022 table; Q3 the same with Apple's reported 334k fewer shares; Q2 a quarter too old to fetch.
        var q4 = File.ReadAllBytes(RepoPaths.Fixture("edgar", "13f", "infotable_172rows.edgar4j_20651.xml"));
        var q3 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(q4).Replace("<sshPrnamt>669429166</sshPrnamt>", "<sshPrnamt>669095310</sshPrnamt>", StringComparison.Ordinal));
        AddBerkshire(BerkshireQ4, "13F-HR", new DateOnly(2023, 2, 14), new DateOnly(2022, 12, 31), q4, Cover("13F-HR", null));
        AddBerkshire(BerkshireQ3, "13F-HR", new DateOnly(2022, 11, 14), new DateOnly(2022, 9, 30), q3, Cover("13F-HR", null));
        AddBerkshire(BerkshireQ2, "13F-HR", new DateOnly(2022, 8, 15), new DateOnly(2022, 6, 30), q3, Cover("13F-HR", null));
        AddBerkshire(BerkshireQ4NewHoldings, "13F-HR/A", new DateOnly(2023, 2, 21), new DateOnly(2022, 12, 31),
            Encoding.UTF8.GetBytes(Table("037833100", "APPLE INC", 1000, 10)), Cover("13F-HR/A", "NEW HOLDINGS"));
        berkshireFilings.Add(new("0000950123-23-002000", "SC 13G/A", new DateOnly(2023, 2, 10), null, "xslSCHEDULE13G_X01/primary_doc.xml"));
        berkshireFilings.Add(new("0001193125-23-001111", "4", new DateOnly(2023, 1, 5), new DateOnly(2023, 1, 3), "xslF345X04/doc4.xml"));
        PublishBerkshire();

        // LTS One: the full submission only, as older filing folders have it.
        var lts = File.ReadAllBytes(RepoPaths.Fixture("edgar", "13f", "LTSOne_0001894188-23-000007_fullsubmission.txt"));
        edgar.Fake.AddFiling(LtsOne, LtsOneQ3, LtsOneQ3 + ".txt", lts);
        edgar.Fake.AddSubmissions(LtsOne, SubmissionsJsonBuilder.Build(LtsOne, "LTS One Management LP",
            [new(LtsOneQ3, "13F-HR", new DateOnly(2023, 11, 14), new DateOnly(2023, 9, 30), LtsOneQ3 + ".txt")]));
    }

    public EdgarHarness Edgar { get; }
    public TestStore Store { get; } = new();
    public HoldingsStore Holdings { get; }
    public SuperinvestorTracker Tracker { get; }
    public ThirteenFFetchStatus FetchStatus { get; }
    public ThirteenFFetcher Fetcher { get; }

    public static async Task<ThirteenFHarness> StartAsync(Action<EdgarOptions>? configure = null) =>
        new(await EdgarHarness.StartAsync(o => { o.Enabled = true; configure?.Invoke(o); }));

    /// <summary>A filing folder as EDGAR has it: the cover page, the information table, and the listing.</summary>
    public void AddBerkshire(string accession, string form, DateOnly filed, DateOnly period, byte[] table, string cover)
    {
        Edgar.Fake.AddFiling(Berkshire, accession, ThirteenFFolder.CoverPage, Encoding.UTF8.GetBytes(cover));
        Edgar.Fake.AddFiling(Berkshire, accession, "46994.xml", table);
        berkshireFilings.Add(new(accession, form, filed, period, "xslForm13F_X02/primary_doc.xml"));
    }

    public void PublishBerkshire() => Edgar.Fake.AddSubmissions(Berkshire, SubmissionsJsonBuilder.Build(Berkshire, "BERKSHIRE HATHAWAY INC", berkshireFilings));

    public static string Cover(string form, string? amendmentType) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <edgarSubmission xmlns="http://www.sec.gov/edgar/thirteenffiler" xmlns:com="http://www.sec.gov/edgar/common">
          <headerData><submissionType>{form}</submissionType><filerInfo><filer><credentials><cik>0001067983</cik><ccc>XXXXXXXX</ccc></credentials></filer><periodOfReport>12-31-2022</periodOfReport></filerInfo></headerData>
          <formData><coverPage><reportCalendarOrQuarter>12-31-2022</reportCalendarOrQuarter>{(amendmentType is null ? "" : $"<isAmendment>true</isAmendment><amendmentInfo><amendmentType>{amendmentType}</amendmentType></amendmentInfo>")}
          <filingManager><name>Berkshire Hathaway Inc</name></filingManager><reportType>13F HOLDINGS REPORT</reportType></coverPage></formData>
        </edgarSubmission>
        """;

    public static string Table(string cusip, string issuer, long value, long shares) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <informationTable xmlns="http://www.sec.gov/edgar/document/thirteenf/informationtable">
          <infoTable><nameOfIssuer>{issuer}</nameOfIssuer><titleOfClass>COM</titleOfClass><cusip>{cusip}</cusip><value>{value}</value>
          <shrsOrPrnAmt><sshPrnamt>{shares}</sshPrnamt><sshPrnamtType>SH</sshPrnamtType></shrsOrPrnAmt><investmentDiscretion>SOLE</investmentDiscretion>
          <votingAuthority><Sole>{shares}</Sole><Shared>0</Shared><None>0</None></votingAuthority></infoTable>
        </informationTable>
        """;

    public int Requests(string pathContains) => Edgar.Fake.CountRequests(pathContains);

    public static string Folder(long cik, string accession) => $"/Archives/edgar/data/{cik}/{accession.Replace("-", "", StringComparison.Ordinal)}/";

    public async ValueTask DisposeAsync()
    {
        await Edgar.DisposeAsync();
        Store.Dispose();
    }
}
