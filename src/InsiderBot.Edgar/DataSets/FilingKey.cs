namespace InsiderBot.Edgar.DataSets;

/// <summary>What the SUBMISSION row says of a Form 4 before its other rows are read: its issuer (0 when unreadable) and filing day.</summary>
internal readonly record struct FilingKey(long Issuer, int Day);
