namespace InsiderBot.Edgar.DataSets;

/// <summary>Progress of a long import: rows read, filings stored of those the SUBMISSION table lists.</summary>
public sealed record DataSetProgress(long Rows, int Filings, int Form4Total, TimeSpan Elapsed);
