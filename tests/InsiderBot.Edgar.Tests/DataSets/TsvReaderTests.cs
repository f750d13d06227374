using InsiderBot.Edgar.DataSets;
using InsiderBot.Testing;

namespace InsiderBot.Edgar.Tests.DataSets;

public sealed class TsvReaderTests
{
    [Fact]
    public void Real_derivative_table_reads_every_row_with_its_quoted_fields_whole()
    {
        using var text = File.OpenText(RepoPaths.Fixture("edgar", "datasets", "2024q4_form345_partial", "DERIV_TRANS.tsv"));
        var reader = new TsvReader(text);
        var fields = new List<string>();
        Assert.True(reader.TryRead(fields));
        var width = fields.Count;
        int rows = 0, quoted = 0;
        while (reader.TryRead(fields))
        {
            rows++;
            Assert.Equal(width, fields.Count);
            if (fields.Any(f => f == "Common Shares (\"Shares of Beneficial Interest\")")) quoted++;
        }

        Assert.Equal(21_175, rows);
        Assert.True(quoted > 0);
    }

    [Fact]
    public void Real_submission_remarks_keep_their_doubled_quotes_as_one_quote()
    {
        using var text = File.OpenText(RepoPaths.Fixture("edgar", "datasets", "2025q2_head_extract", "SUBMISSION.head36.tsv"));
        var reader = new TsvReader(text);
        var fields = new List<string>();
        reader.TryRead(fields);
        var header = fields.ToList();
        var remarks = new List<string>();
        while (reader.TryRead(fields))
        {
            Assert.Equal(header.Count, fields.Count);
            remarks.Add(fields[header.IndexOf("REMARKS")]);
        }

        Assert.Equal(35, remarks.Count);
        Assert.Contains(remarks, r => r.Contains("(collectively, the \"Reporting Business Units\") of BlackRock", StringComparison.Ordinal) && !r.StartsWith('"'));
    }

    [Fact]
    public void A_quoted_field_may_hold_tabs_and_line_breaks()
    {
        var reader = new TsvReader(new StringReader("a\t\"x\ty\r\nz \"\"q\"\"\"\tc\r\nlast\n"));
        var fields = new List<string>();
        Assert.True(reader.TryRead(fields));
        Assert.Equal(["a", "x\ty\r\nz \"q\"", "c"], fields);
        Assert.True(reader.TryRead(fields));
        Assert.Equal(["last"], fields);
        Assert.False(reader.TryRead(fields));
    }

    [Theory]
    [InlineData("03-OCT-2024", 2024, 10, 3)]
    [InlineData("30-May-2025", 2025, 5, 30)]
    [InlineData("2024-12-27", 2024, 12, 27)]
    public void Data_set_dates_read(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DataSetValues.Date(text));

    [Theory]
    [InlineData("")]
    [InlineData("31-FEB-2024")]
    [InlineData("03-XYZ-2024")]
    public void Unreadable_dates_are_null(string text) => Assert.Null(DataSetValues.Date(text));
}
