using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>One Form 4 of a data set: rebuilt, or the reason it could not be.</summary>
public sealed record DataSetEntry(string Accession, string Source, Form4Filing? Filing, string? Problem, int Rows);
