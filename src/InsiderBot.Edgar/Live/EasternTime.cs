namespace InsiderBot.Edgar.Live;

/// <summary>EDGAR's clock: filings are accepted 06:00–22:00 Eastern on weekdays, and filing dates are Eastern dates.</summary>
public static class EasternTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset Of(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Of(time.GetUtcNow()).DateTime);

    public static bool IsAcceptingFilings(DateTimeOffset utc)
    {
        var et = Of(utc);
        return et.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && et.Hour is >= 6 and < 22;
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("EDGAR Eastern", TimeSpan.FromHours(-5), "Eastern", "Eastern");
        }
    }
}
