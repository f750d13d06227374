using InsiderBot.Filings;
using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// Layout 4's company months of filings against the document per filing of layouts 1 to 3, filing for filing: the same
/// random filings written in the same transactions (inserted, marked replaced, reinstated, deleted) read back the same
/// from both, by accession, by company and by report, inside the writing transaction (from the months it holds in
/// memory) and after it commits. A transaction that fails leaves nothing, a reader on another thread sees only
/// committed months, the accession lookup reads the index, not every month, and the duplicate check reads only the
/// filing's own month.
/// </summary>
public sealed class FilingMonthRowsTests : IDisposable
{
    private static readonly long[] Issuers = [320193, 1318605, 7];
    private static readonly long[] Owners = [1494730, 1214156, 3, 1_999_999_999];
    private static readonly DateOnly FirstDay = new(2023, 11, 20);

    private readonly TempDirectory temp = new();
    private readonly StoreDatabase documents;
    private readonly StoreDatabase months;

    public FilingMonthRowsTests()
    {
        documents = new StoreDatabase(Options.Create(new StoreOptions { Path = temp.File("layout3.db") }), null, new UpgradePace(LayoutTwo: true));
        months = new StoreDatabase(Options.Create(new StoreOptions { Path = temp.File("layout4.db") }));
    }

    public void Dispose()
    {
        documents.Dispose();
        months.Dispose();
        temp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Months_ReadBackEveryFiling_AsDocumentsDo_InsideTheWritingTransactionAndAfterIt(int seed)
    {
        Assert.IsType<FilingDocumentRows>(documents.Filings);
        Assert.IsType<FilingMonthRows>(months.Filings);
        var random = new Random(seed);
        var written = new List<Form4Filing>();
        var next = 0;
        for (var batch = 0; batch < 12; batch++)
        {
            var filings = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Filing(random, next++)).ToList();
            var picked = filings[random.Next(filings.Count)]; // a report of this batch, stored before or not
            var (issuer, report) = (picked.Issuer.Cik, ReportOf(picked));
            var changes = random.Next(1, 3);

            // Both transactions open on this thread at once: each store's reads see its own uncommitted writes.
            documents.InTransaction(() => months.InTransaction(() =>
            {
                foreach (var store in new[] { documents, months })
                {
                    foreach (var filing in filings) store.Filings.Insert(FilingDocuments.ToDocument(filing, "CO", [$"{filing.Accession}:N1"]));

                    // Mark a report's filings replaced (or reinstate them), and delete one filing of a company.
                    var same = store.Filings.OfReport(issuer, report).OrderBy(FilingDocuments.Accession, StringComparer.Ordinal).ToList();
                    foreach (var filing in same.Take(changes))
                    {
                        if (FilingDocuments.IsSuperseded(filing)) FilingDocuments.Reinstate(filing);
                        else FilingDocuments.Supersede(filing, changes == 2 ? $"amended-{batch}" : null);
                        store.Filings.Update(filing);
                    }

                    var theirs = store.Filings.OfIssuer(issuer).OrderBy(FilingDocuments.Accession, StringComparer.Ordinal).ToList();
                    if (theirs.Count > 5) store.Filings.Delete(theirs[batch % theirs.Count]);
                }

                AssertSameFilings(written.Concat(filings).ToList(), $"inside batch {batch}");
                return true;
            }));

            written.AddRange(filings);
            AssertSameFilings(written, $"after batch {batch}");
        }

        Assert.Equal(documents.Filings.Count(), months.Filings.Count());
        Assert.True(months.Filings.Count() > 150, $"{months.Filings.Count()} filings");
        Assert.Equal(Fields(documents.Filings.All()), Fields(months.Filings.All()));
        Assert.Contains(months.Filings.All(), FilingDocuments.IsSuperseded);
    }

    [Fact]
    public void Months_KeepAFilingOfAnEarlierShape_FieldForField()
    {
        // A filing stored before the header was binary: every field named, one of them of no type the months encode.
        var named = FilingDocuments.Named(FilingDocuments.ToDocument(Filing(new Random(5), 0), "CO", []));
        named["src"] = 42;
        named.Remove("ti");
        months.Filings.Insert(named);

        var read = months.Filings.Find(FilingDocuments.Accession(named));

        Assert.NotNull(read);
        Assert.Equal(Fields([named]), Fields([read]));
        Assert.Equal(FilingDocuments.Footnotes(named), FilingDocuments.Footnotes(read));
    }

    [Fact]
    public void Months_FindAFilingByAccession_ThroughTheAccessionIndex()
    {
        var random = new Random(9);
        months.InTransaction(() =>
        {
            for (var i = 0; i < 50; i++) months.Filings.Insert(FilingDocuments.ToDocument(Filing(random, i), "CO", []));
            return true;
        });

        var plan = months.FilingMonths.Query().Where(FilingMonthDocuments.Holding("0000001234-24-000007")).GetPlan();

        Assert.Equal("a", plan["index"]["name"].AsString);
        Assert.Null(months.Filings.Find("0000001234-24-999999"));
    }

    [Fact]
    public async Task Months_InTheWritingTransaction_AnswerItsOwnReads_ButNoOtherThreadsUntilItCommits()
    {
        var random = new Random(7);
        var filings = Enumerable.Range(0, 40).Select(i => Filing(random, i)).ToList();
        var issuer = filings[0].Issuer.Cik;

        var (inside, found, beside, besideFound) = months.InTransaction(() =>
        {
            foreach (var filing in filings) months.Filings.Insert(FilingDocuments.ToDocument(filing, "CO", []));
            var own = months.Filings.OfIssuer(issuer).Count();
            var ownFound = months.Filings.Find(filings[^1].Accession) is not null;
            var (other, otherFound) = (-1, true);
            var reader = new Thread(() => (other, otherFound) = (months.Filings.OfIssuer(issuer).Count(), months.Filings.Find(filings[^1].Accession) is not null)); // the transaction holds its lock: no await here
            reader.Start();
            reader.Join();
            return (own, ownFound, other, otherFound);
        });

        Assert.Equal(filings.Count(f => f.Issuer.Cik == issuer), inside);
        Assert.True(found);
        Assert.Equal(0, beside);
        Assert.False(besideFound);
        Assert.Equal(inside, await Task.Run(() => months.Filings.OfIssuer(issuer).Count()));
    }

    [Fact]
    public void Months_OfATransactionThatFails_AreNotWritten_ByItOrByTheNextOne()
    {
        var random = new Random(11);
        var filings = Enumerable.Range(0, 30).Select(i => Filing(random, i)).ToList();

        Assert.Throws<InvalidOperationException>(() => months.InTransaction<bool>(() =>
        {
            foreach (var filing in filings) months.Filings.Insert(FilingDocuments.ToDocument(filing, "CO", []));
            throw new InvalidOperationException("the batch failed part-way");
        }));
        months.InTransaction(() => true); // commits what it holds: nothing

        Assert.Equal(0, months.Filings.Count());
        Assert.False(months.Filings.Any());
        Assert.Null(months.Filings.Find(filings[0].Accession));
        Assert.False(StoreDatabase.HasDocuments(months.FilingMonths));
    }

    [Fact]
    public void Months_LookedAtAndLeftUnchanged_AreReadAsStoredByTheNextTransactions()
    {
        var first = Filing(new Random(13), 0) with { PeriodOfReport = FirstDay, FiledOn = FirstDay.AddDays(2) };
        var second = first with { Accession = "0000001234-24-000001", Source = "test/1.xml" };
        var (issuer, report) = (first.Issuer.Cik, ReportOf(first));

        // The duplicate check of a filing that is not stored after all: its month is looked at, found absent, not changed.
        Assert.Null(months.InTransaction(() => months.Filings.FindOf(first.Accession, issuer, report)));
        months.InTransaction(() =>
        {
            Assert.Null(months.Filings.FindOf(first.Accession, issuer, report));
            months.Filings.Insert(FilingDocuments.ToDocument(first, "CO", []));
            return true;
        });

        // The next transaction's check and insert read the month as the last one stored it.
        var (before, after) = months.InTransaction(() =>
        {
            var found = (months.Filings.FindOf(first.Accession, issuer, report), months.Filings.FindOf(second.Accession, issuer, report));
            months.Filings.Insert(FilingDocuments.ToDocument(second, "CO", []));
            return found;
        });

        Assert.NotNull(before);
        Assert.Null(after);
        Assert.Equal(2, months.Filings.OfReport(issuer, report).Count());
        Assert.NotNull(months.Filings.FindOf(second.Accession, issuer, report));
        Assert.Equal(1, months.FilingMonths.Count());
    }

    private void AssertSameFilings(List<Form4Filing> filings, string when)
    {
        foreach (var issuer in Issuers)
        {
            Assert.True(Fields(documents.Filings.OfIssuer(issuer)).SequenceEqual(Fields(months.Filings.OfIssuer(issuer))), $"{when}: filings of {issuer}");
            Assert.Empty(months.Filings.OfReport(issuer, StoreDatabase.ReportKey(42, DayNumber.Of(FirstDay))));
        }

        foreach (var (issuer, report) in filings.Select(f => (f.Issuer.Cik, ReportOf(f))).Distinct())
            Assert.True(Fields(documents.Filings.OfReport(issuer, report)).SequenceEqual(Fields(months.Filings.OfReport(issuer, report))), $"{when}: report {report} of {issuer}");

        foreach (var accession in filings.Select(f => f.Accession).Concat(["0000009999-24-999999"]))
        {
            var (document, month) = (documents.Filings.Find(accession), months.Filings.Find(accession));
            Assert.True(Fields(document is null ? [] : [document]).SequenceEqual(Fields(month is null ? [] : [month])), $"{when}: {accession}");
        }

        // The ingest's duplicate check: one month by its key, found (or not, once deleted) as by the accession.
        foreach (var filing in filings.Append(filings[0] with { Accession = "0000009999-24-999998" }))
        {
            var (document, month) = (documents.Filings.Find(filing.Accession), months.Filings.FindOf(filing.Accession, filing.Issuer.Cik, ReportOf(filing)));
            Assert.True(Fields(document is null ? [] : [document]).SequenceEqual(Fields(month is null ? [] : [month])), $"{when}: {filing.Accession} in its month");
        }

        Assert.Equal(documents.Filings.Any(), months.Filings.Any());
    }

    // Every field of every filing, by accession (neither layout defines the order of a company's filings).
    private static List<string> Fields(IEnumerable<BsonDocument> filings) =>
        filings.Select(f => string.Join(' ', f.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}={JsonSerializer.Serialize(x.Value)}")))
            .Order(StringComparer.Ordinal).ToList();

    // A day of the year the filings fall in, or none (a filing without a period of report).
    private static DateOnly? PeriodDay(Random random) => random.Next(8) == 0 ? null : FirstDay.AddDays(random.Next(12) * 31); // a dozen days in a dozen months: reports repeat

    private static long ReportOf(Form4Filing filing) =>
        StoreDatabase.ReportKey(filing.Owners[0].Cik, filing.PeriodOfReport is { } day ? DayNumber.Of(day) : null);

    private static Form4Filing Filing(Random random, int n)
    {
        var period = random.Next(3) == 0 ? null : PeriodDay(random);
        var owner = Owners[random.Next(Owners.Length)];
        return new Form4Filing
        {
            Accession = $"0000001234-24-{n:000000}",
            DocumentType = random.Next(4) == 0 ? "4/A" : "4",
            PeriodOfReport = period,
            FiledOn = period?.AddDays(2),
            DateOfOriginalSubmission = random.Next(4) == 0 ? period?.AddDays(1) : null,
            Issuer = new Issuer(Issuers[random.Next(Issuers.Length)], "Company", "CO"),
            Owners = [new ReportingOwner(owner, $"Owner {owner}", true, false, false, false, "", "")],
            Footnotes = [new Footnote("F1", $"note {random.Next(100)}")],
            Remarks = random.Next(2) == 0 ? "" : "remarks",
            Source = $"test/{n}.xml",
        };
    }
}
