namespace InsiderBot.Filings;

/// <summary>EDGAR's time zone: acceptance times, filing dates and the filing day are America/New_York's.</summary>
public static class EdgarTimeZone
{
    /// <summary>America/New_York, or a fixed UTC−5 on a system without time-zone data.</summary>
    public static TimeZoneInfo Eastern { get; } = Find();

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
