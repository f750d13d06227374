using System.Globalization;
using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>The data sets' scalar formats: <c>03-OCT-2024</c> dates, <c>1234.0</c> numbers, mixed booleans.</summary>
public static class DataSetValues
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>A <c>DD-MON-YYYY</c> date (an ISO date is read too); null when blank or unreadable.</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length == 11 && t[2] == '-' && t[6] == '-'
            && int.TryParse(t.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(t.AsSpan(7, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var month = Array.FindIndex(Months, m => t.AsSpan(3, 3).Equals(m, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month > 0 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new DateOnly(year, month, day);
            return null;
        }

        return FormValues.Date(t);
    }

    /// <summary>The <c>DD-MON-YYYY</c> form of a date, as the data sets write it.</summary>
    public static string Format(DateOnly? date) =>
        date is { } d ? $"{d.Day:00}-{Months[d.Month - 1]}-{d.Year:0000}" : "";

    /// <summary>Footnote ids of a <c>*_FN</c> column: <c>F1</c> or <c>F21, F20</c>.</summary>
    public static IEnumerable<string> FootnoteIds(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
