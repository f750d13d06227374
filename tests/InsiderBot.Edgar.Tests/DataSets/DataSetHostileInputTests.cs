using System.Globalization;
using System.IO.Compression;
using System.Text;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.DataSets;

/// <summary>Data sets that are not what they claim: refused and quarantined with the reason, never read whole.</summary>
public sealed class DataSetHostileInputTests
{
    private const string Submission = "ACCESSION_NUMBER\tFILING_DATE\tPERIOD_OF_REPORT\tDATE_OF_ORIG_SUB\tNO_SECURITIES_OWNED\tNOT_SUBJECT_SEC16\tFORM3_HOLDINGS_REPORTED\tFORM4_TRANS_REPORTED\tDOCUMENT_TYPE\tISSUERCIK\tISSUERNAME\tISSUERTRADINGSYMBOL\n";

    private static DataSetImporter Importer(TestStore t) => new(t.Store, t.Time, NullLogger<DataSetImporter>.Instance);

    private static string Zip(string folder, string submission, Action<Stream> writeSubmission)
    {
        var path = Path.Combine(folder, "2025q1_form345.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var entry = zip.CreateEntry("SUBMISSION.tsv").Open())
        {
            entry.Write(Encoding.ASCII.GetBytes(submission));
            writeSubmission(entry);
        }

        foreach (var table in new[] { "REPORTINGOWNER", "NONDERIV_TRANS" })
        {
            using var writer = new StreamWriter(zip.CreateEntry(table + ".tsv").Open());
            writer.Write("ACCESSION_NUMBER\tRPTOWNERCIK\n");
        }

        return path;
    }

    [Fact]
    public void A_table_that_is_one_endless_field_is_refused_and_quarantined_after_reading_a_bounded_part_of_it()
    {
        using var t = new TestStore();
        var path = Zip(t.Folder, "", stream =>
        {
            var block = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 64; i++) stream.Write(block);
        });

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = Importer(t).Import(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal($"the data set cannot be read: a field is longer than {TsvReader.MaxFieldCharacters} characters: not a data-set table", result.Refused);
        Assert.Contains(t.Store.QuarantineEntries(), q => q.Source == path && q.Reason == result.Refused);
        Assert.True(allocated < 32L << 20, $"{allocated >> 20} MB allocated reading a 64 MB field");
    }

    [Fact]
    public void A_submission_table_spanning_more_filing_days_than_any_quarter_is_refused_and_quarantined()
    {
        using var t = new TestStore();
        var start = new DateOnly(2020, 1, 1);
        var rows = string.Concat(Enumerable.Range(0, DataSetReader.MaxFilingDays + 1).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"0000000000-25-{i:000000}\t{start.AddDays(i):dd-MMM-yyyy}\t\t\t\t\t\t\t4\t1\tA\tA\n")));
        var path = Zip(t.Folder, Submission + rows, _ => { });

        var result = Importer(t).Import(path);

        Assert.Equal($"the data set cannot be read: the data set spans more than {DataSetReader.MaxFilingDays} filing days: not one quarter's data set", result.Refused);
        Assert.Contains(t.Store.QuarantineEntries(), q => q.Source == path && q.Reason == result.Refused);
    }

    [Fact]
    public void A_zip_listing_many_entries_is_told_from_a_data_set_by_its_end_record_without_opening_it()
    {
        using var folder = new TempDirectory();
        var path = folder.File("filings.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 50_000; i++) zip.CreateEntry($"{i}.xml", CompressionLevel.NoCompression);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var isDataSet = DataSetImporter.IsDataSet(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.False(isDataSet);
        Assert.True(allocated < 1 << 20, $"{allocated >> 10} KB allocated to tell a zip of 50,000 entries from a data set");
    }
}
