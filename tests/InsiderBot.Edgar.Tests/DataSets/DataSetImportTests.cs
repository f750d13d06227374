using System.IO.Compression;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Store;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.DataSets;

public sealed class DataSetImportTests
{
    private static string Set(params string[] parts) => RepoPaths.Fixture(["edgar", "datasets", .. parts]);

    private static DataSetImporter Importer(TestStore t) => new(t.Store, t.Time, NullLogger<DataSetImporter>.Instance);

    [Fact]
    public void The_2024q4_partial_set_is_refused_naming_the_missing_tables()
    {
        using var t = new TestStore();
        var result = Importer(t).Import(Set("2024q4_form345_partial"));

        Assert.True(result.WasRefused);
        Assert.Contains("SUBMISSION.tsv", result.Refused, StringComparison.Ordinal);
        Assert.Contains("REPORTINGOWNER.tsv", result.Refused, StringComparison.Ordinal);
        Assert.Contains("NONDERIV_TRANS.tsv", result.Refused, StringComparison.Ordinal);
        Assert.True(t.Store.IsEmpty);
    }

    [Fact]
    public void A_folder_of_filings_is_not_a_data_set()
    {
        Assert.False(DataSetImporter.IsDataSet(Path.Combine(RepoPaths.SampleData, "form4")));
        Assert.True(DataSetImporter.IsDataSet(Set("2024q4_form345_partial")));
    }

    [Fact]
    public void The_real_2025q2_head_extracts_are_accepted_and_each_form4_without_owner_rows_is_quarantined_with_its_reason()
    {
        // The three extracts are prefixes of different tables: none of the 31 Form 4 submissions in the SUBMISSION
        // prefix has its REPORTINGOWNER rows in the REPORTINGOWNER prefix. Nothing may be stored half-built.
        using var t = new TestStore();
        var result = Importer(t).Import(Set("2025q2_head_extract"));

        Assert.False(result.WasRefused);
        Assert.Equal(31, result.Import.Quarantined.Count);
        Assert.All(result.Import.Quarantined, q => Assert.Contains("no REPORTINGOWNER row", q.Reason, StringComparison.Ordinal));
        Assert.Equal(0, result.Import.FilingsImported);
        Assert.Contains(result.Notes, n => n.StartsWith("DERIV_TRANS.tsv is absent", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.StartsWith("FOOTNOTES.tsv is absent", StringComparison.Ordinal));
        Assert.Equal(31, t.Store.QuarantineEntries(100).Count);
    }

    [Fact]
    public void Real_owner_and_transaction_rows_join_into_filings_in_their_reported_order()
    {
        using var t = new TestStore();
        using var folder = new TempDirectory();
        File.Copy(Set("2025q2_head_extract", "REPORTINGOWNER.head34.tsv"), folder.File("REPORTINGOWNER.tsv"));
        File.Copy(Set("2025q2_head_extract", "NONDERIV_TRANS.head31.tsv"), folder.File("NONDERIV_TRANS.tsv"));
        File.Copy(Set("2025q2_form345_partial", "NONDERIV_HOLDING.tsv"), folder.File("NONDERIV_HOLDING.tsv"));
        // The SUBMISSION rows of these accessions lie past the extract's end: the test supplies them.
        var header = File.ReadLines(Set("2025q2_head_extract", "SUBMISSION.head36.tsv")).First();
        File.WriteAllLines(folder.File("SUBMISSION.tsv"),
        [
            header,
            "0001415889-25-018598\t01-JUL-2025\t30-JUN-2025\t\t\t0\t\t\t4\t0000001001\tTest Issuer A\tTSTA\t\t0",
            "0001415889-25-018596\t01-JUL-2025\t27-JUN-2025\t\t\t0\t\t\t4\t0000001002\tTest Issuer B\tTSTB\t\t",
        ]);

        var result = Importer(t).Import(folder.Path);

        Assert.Equal(2, result.Import.FilingsImported);
        var getsinger = t.Store.TradesOfFiling("0001415889-25-018598").OrderBy(x => x.Position).ToList();
        Assert.Equal(["S", "G", "G"], getsinger.Select(x => x.Code));
        Assert.Equal([3456m, 1000m, 999m], getsinger.Select(x => x.Shares!.Value));
        Assert.Equal([14895m, 13895m, 12896m], getsinger.Select(x => x.OwnedAfter!.Value));
        Assert.Equal(212.01m, getsinger[0].Price);
        Assert.Equal(new DateOnly(2025, 6, 26), getsinger[0].Date);
        Assert.Equal(1627519, getsinger[0].InsiderCik);
        Assert.True(getsinger[0].Classification.Roles.HasFlag(InsiderRole.Director));
        Assert.Equal(PlanStatus.No, getsinger[0].Classification.Plan.Status);

        var lightspeed = t.Store.TradesOfFiling("0001415889-25-018596");
        Assert.NotEmpty(lightspeed);
        Assert.Equal(["Eggers Barry", "Nieh Peter"], lightspeed[0].OwnerNames);
        Assert.Equal("Eggers Barry", lightspeed[0].InsiderName);
        Assert.True(lightspeed[0].Classification.Roles.HasFlag(InsiderRole.TenPercentOwner));
    }

    [Fact]
    public void Xml_and_data_set_imports_of_the_same_filings_classify_identically()
    {
        var filings = RealFilings();
        Assert.True(filings.Count > 300, $"only {filings.Count} filings");
        using var viaXml = new TestStore();
        using var viaDataSet = new TestStore();
        using var folder = new TempDirectory();
        DataSetWriter.Write(folder.Path, filings);

        viaXml.Store.IngestBatch(filings);
        var result = Importer(viaDataSet).Import(folder.Path);

        Assert.Equal(filings.Count, result.Import.FilingsImported);
        Assert.Empty(result.Import.Quarantined);
        var compared = 0;
        foreach (var filing in filings)
        {
            var expected = viaXml.Store.TradesOfFiling(filing.Accession).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
            var actual = viaDataSet.Store.TradesOfFiling(filing.Accession).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(Comparable(expected[i]), Comparable(actual[i]));
                compared++;
            }
        }

        Assert.True(compared > 1000, $"only {compared} trades compared");
    }

    [Fact]
    public void A_data_set_is_read_company_by_company_in_CIK_order_each_company_oldest_filed_first()
    {
        // The tables are written in reverse filing order; in filing-day order the companies interleave.
        var filings = RealFilings();
        var byDay = filings.OrderBy(f => f.FiledOn?.DayNumber ?? int.MaxValue).ThenBy(f => f.Accession, StringComparer.Ordinal).ToList();
        var companies = filings.Select(f => f.Issuer.Cik).Distinct().Count();
        Assert.True(Runs(byDay) > companies + 20, $"in filing-day order only {Runs(byDay)} runs of {companies} companies: the test would prove nothing");
        using var folder = new TempDirectory();
        DataSetWriter.Write(folder.Path, filings);
        using var source = DataSetSource.TryOpen(folder.Path)!;

        var read = new DataSetReader(source).Filings().Select(e => e.Filing!).ToList();

        Assert.Equal(filings.Count, read.Count);
        Assert.Equal(companies, Runs(read));
        Assert.Equal(read.Select(f => f.Issuer.Cik).Order(), read.Select(f => f.Issuer.Cik)); // as the store keys a company's months
        foreach (var company in read.GroupBy(f => f.Issuer.Cik))
        {
            var oldestFirst = company.OrderBy(f => f.FiledOn?.DayNumber ?? int.MaxValue).ThenBy(f => f.Accession, StringComparer.Ordinal);
            Assert.Equal(oldestFirst.Select(f => f.Accession), company.Select(f => f.Accession));
        }

        static int Runs(IEnumerable<Form4Filing> sequence) =>
            sequence.Select(f => f.Issuer.Cik).Aggregate((Runs: 0, Last: -1L), (a, cik) => (cik == a.Last ? a.Runs : a.Runs + 1, cik)).Runs;
    }

    [Fact]
    public void A_form4_listed_twice_in_the_submission_table_is_read_once_as_its_first_row_says()
    {
        var filings = RealFilings().Take(30).ToList();
        using var folder = new TempDirectory();
        DataSetWriter.Write(folder.Path, filings);
        var table = Path.Combine(folder.Path, "SUBMISSION.tsv");
        var lines = File.ReadAllLines(table);
        var columns = lines[0].Split('\t').ToList();
        var (issuerColumn, nameColumn) = (columns.IndexOf("ISSUERCIK"), columns.IndexOf("ISSUERNAME"));
        var repeated = filings[^1];
        var again = lines.Single(l => l.StartsWith(repeated.Accession + "\t", StringComparison.Ordinal)).Split('\t');
        (again[issuerColumn], again[nameColumn]) = ("0000000001", "Not The Issuer Inc");
        File.AppendAllLines(table, [string.Join('\t', again)]);
        using var source = DataSetSource.TryOpen(folder.Path)!;

        var read = new DataSetReader(source).Filings().Select(e => e.Filing!).ToList();

        Assert.Equal(filings.Select(f => f.Accession).Order(StringComparer.Ordinal), read.Select(f => f.Accession).Order(StringComparer.Ordinal));
        var once = read.Single(f => f.Accession == repeated.Accession);
        Assert.Equal((repeated.Issuer.Cik, repeated.Issuer.Name), (once.Issuer.Cik, once.Issuer.Name));
    }

    [Fact]
    public void A_filing_stored_from_xml_is_not_stored_again_from_a_zipped_data_set_and_vice_versa()
    {
        var filings = RealFilings().Take(40).ToList();
        using var t = new TestStore();
        using var folder = new TempDirectory();
        var tables = Path.Combine(folder.Path, "2025q2_form345");
        DataSetWriter.Write(tables, filings);
        var zip = folder.File("2025q2_form345.zip");
        ZipFile.CreateFromDirectory(tables, zip);

        t.Store.IngestBatch(filings.Take(10).ToList());
        var first = Importer(t).Import(zip);
        var again = Importer(t).Import(zip);

        Assert.Equal(30, first.Import.FilingsImported);
        Assert.Equal(10, first.Import.Duplicates);
        Assert.Equal(0, again.Import.FilingsImported);
        Assert.Equal(40, again.Import.Duplicates);
        Assert.Equal(40, t.Store.Statistics().Filings);
        Assert.All(filings.Skip(10).Take(5), f => Assert.Equal(IngestResult.Duplicate, t.Store.Ingest(f)));
    }

    /// <summary>The bundled real Form 4s with an accession number, in the order the data-set import stores them (company by company in CIK order, each oldest filed first).</summary>
    private static List<Form4Filing> RealFilings() =>
        SampleFilings.AllForm4Files()
            .Select(path => new FilingDocumentReader().Read(File.ReadAllBytes(path), path))
            .Where(o => o.IsParsed && AccessionNumber.IsValid(o.Filing!.Accession))
            .Select(o => o.Filing!)
            .DistinctBy(f => f.Accession)
            .OrderBy(f => f.Issuer.Cik)
            .ThenBy(f => f.FiledOn?.DayNumber ?? int.MaxValue).ThenBy(f => f.Accession, StringComparer.Ordinal)
            .ToList();

    private static object Comparable(InsiderTrade x) => new
    {
        x.Id, x.IssuerCik, x.IssuerName, x.Ticker, x.InsiderCik, x.InsiderName, Owners = string.Join("|", x.OwnerNames), x.OfficerTitle,
        x.Date, x.FiledOn, x.DocumentType, x.Code, x.Table, x.Position, x.SecurityTitle, x.AcquiredDisposed, x.DirectOrIndirect,
        x.Shares, x.Price, x.OwnedAfter, x.Classification,
    };
}
