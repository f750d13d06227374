using System.Text;
using InsiderBot.Edgar.Live;
using InsiderBot.Testing;

namespace InsiderBot.Edgar.Tests.Live;

public sealed class FeedParsingTests
{
    private static byte[] Page(int start) =>
        File.ReadAllBytes(RepoPaths.Fixture("edgar", "feeds", "getcurrent_atom_extracted_from_cassette", $"getcurrent_type4_start{start}.atom.xml"));

    [Theory]
    [InlineData(0, 46, 0)]
    [InlineData(100, 35, 1)]
    [InlineData(200, 43, 0)]
    public void Real_feed_pages_give_each_form4_once_and_nothing_else(int start, int forms4, int amendments)
    {
        var filings = CurrentFeed.Read(Page(start));

        Assert.Equal(forms4, filings.Count(f => f.FormType == "4"));
        Assert.Equal(amendments, filings.Count(f => f.FormType == "4/A"));
        Assert.Equal(filings.Count, filings.Select(f => f.Accession).Distinct().Count());
    }

    [Fact]
    public void A_real_feed_entry_pair_yields_both_ciks_and_the_acceptance_time()
    {
        var first = CurrentFeed.Read(Page(0))[0];

        Assert.Equal("0002063236-25-000004", first.Accession);
        Assert.Equal([2063236L, 1673743L], first.Ciks);
        Assert.Equal(new DateTimeOffset(2025, 12, 12, 18, 2, 43, TimeSpan.FromHours(-5)), first.Accepted);
        Assert.Equal(new DateOnly(2025, 12, 12), first.FiledOn);
    }

    [Fact]
    public void The_real_daily_form_index_lists_every_form4_once_with_all_its_ciks()
    {
        var filings = DailyFormIndex.Read(File.ReadAllBytes(RepoPaths.Fixture("edgar", "feeds", "form.20200318.idx")));

        Assert.Equal(991, filings.Count);
        Assert.Contains(filings, f => f.FormType == "4/A");
        var softbank = Assert.Single(filings, f => f.Accession == "0000899243-20-008928");
        Assert.Equal([1770787L, 1731509L, 1805808L], softbank.Ciks);
        Assert.Equal(new DateOnly(2020, 3, 18), softbank.FiledOn);
    }

    [Fact]
    public void An_empty_index_lists_nothing()
    {
        var empty = File.ReadAllText(RepoPaths.Fixture("edgar", "feeds", "master.empty-form.idx"));
        const string Row = "4           10x Genomics, Inc.                                            1770787     20200318    edgar/data/1770787/0000899243-20-008928.txt\n";

        Assert.Empty(DailyFormIndex.Read(Encoding.ASCII.GetBytes(empty)));
        Assert.Equal("0000899243-20-008928", Assert.Single(DailyFormIndex.Read(Encoding.ASCII.GetBytes(empty + Row))).Accession); // the same index with one Form 4
    }
}
