namespace InsiderBot.Store.Coverage;

/// <summary>The names coverage records give their sources (shown in <c>/status</c>).</summary>
public static class CoverageSources
{
    public const string LiveFeed = "live feed";
    public const string DailyIndexes = "daily indexes";
    public const string DataSets = "data sets";
    public const string CompanySubmissions = "company submissions";
}
