using System.Globalization;
using System.Text.RegularExpressions;

namespace InsiderBot.Edgar.DataSets;

/// <summary>Calendar quarters as the SEC names its data sets (<c>2024q3_form345.zip</c>): the days each one covers.</summary>
public static partial class DataSetQuarters
{
    [GeneratedRegex(@"^(\d{4})q([1-4])_form345$", RegexOptions.IgnoreCase)]
    private static partial Regex DataSetName();

    public static DateOnly FirstDay((int Year, int Quarter) q) => new(q.Year, (q.Quarter - 1) * 3 + 1, 1);

    public static DateOnly LastDay((int Year, int Quarter) q) => FirstDay(q).AddMonths(3).AddDays(-1);

    public static (int Year, int Quarter) Of(DateOnly day) => (day.Year, (day.Month - 1) / 3 + 1);

    /// <summary>The quarter a data set's zip or folder is named after, or null for any other name.</summary>
    public static (int Year, int Quarter)? OfPath(string path)
    {
        var m = DataSetName().Match(Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)));
        return m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }
}
