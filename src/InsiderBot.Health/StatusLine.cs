namespace InsiderBot.Health;

/// <summary>One labelled line of <c>/status</c> ("EDGAR last poll": "2026-12-05 14:00:00 UTC").</summary>
public sealed record StatusLine(string Name, string Value);
