namespace InsiderBot.Insights.Splits;

/// <summary>One insider's position changing by a split's ratio between two consecutive filings, with nothing reported to explain it.</summary>
internal sealed record SplitCandidate(SplitRatio Ratio, DateOnly After, DateOnly By, long InsiderCik, bool Exact, int StrikeSays, string Evidence);
