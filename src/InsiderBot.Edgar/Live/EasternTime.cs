using InsiderBot.Filings;

namespace InsiderBot.Edgar.Live;

/// <summary>EDGAR's clock: filings are accepted 06:00–22:00 Eastern on weekdays, and filing dates are Eastern dates.</summary>
public static class EasternTime
{
    public static DateTimeOffset Of(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, EdgarTimeZone.Eastern);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Of(time.GetUtcNow()).DateTime);

    public static bool IsAcceptingFilings(DateTimeOffset utc)
    {
        var et = Of(utc);
        return et.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && et.Hour is >= 6 and < 22;
    }
}
