using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InsiderBot.Filings;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// Reads a daily form index (<c>form.YYYYMMDD.idx</c>): fixed-width columns Form Type, Company Name, CIK, Date Filed,
/// File Name. A Form 4 is listed once per CIK it names; only forms exactly <c>4</c> and <c>4/A</c> are kept.
/// </summary>
public static partial class DailyFormIndex
{
    [GeneratedRegex(@"^(?<form>\S.*?)\s{2,}.*?\s(?<cik>\d{1,10})\s+(?<date>\d{8})\s+(?<file>\S+)\s*$")]
    private static partial Regex Line();

    public static string PathOf(DateOnly day) => $"/Archives/edgar/daily-index/{day.Year}/QTR{(day.Month - 1) / 3 + 1}/form.{day:yyyyMMdd}.idx";

    public static IReadOnlyList<FeedFiling> Read(byte[] index)
    {
        var order = new List<string>();
        var found = new Dictionary<string, (string Type, List<long> Ciks, DateOnly? Filed)>(StringComparer.Ordinal);
        using var reader = new StringReader(Encoding.Latin1.GetString(index));
        var pastHeader = false;
        while (reader.ReadLine() is { } line)
        {
            if (!pastHeader)
            {
                pastHeader = line.StartsWith("-----", StringComparison.Ordinal);
                continue;
            }

            var m = Line().Match(line);
            if (!m.Success) continue;
            var form = m.Groups["form"].Value.Trim();
            if (form is not ("4" or "4/A")) continue;
            var accession = AccessionNumber.FromPath(m.Groups["file"].Value);
            var cik = FormValues.Cik(m.Groups["cik"].Value);
            if (accession is null || cik is null) continue;
            DateOnly? filed = DateOnly.TryParseExact(m.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (!found.TryGetValue(accession, out var seen))
            {
                found[accession] = seen = (form, [], filed);
                order.Add(accession);
            }

            if (!seen.Ciks.Contains(cik.Value)) seen.Ciks.Add(cik.Value);
        }

        return order.Select(a => new FeedFiling(a, found[a].Type, found[a].Ciks, null, found[a].Filed)).ToList();
    }
}
