using InsiderBot.Filings;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>One transaction row of a <see cref="GeneratedHistory"/> filing before positions are applied.</summary>
internal sealed record GeneratedRow(string Code, char Direction, decimal Shares, decimal Price, char Holding, OwnershipTable Table, decimal? OwnedAfter);
