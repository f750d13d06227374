namespace InsiderBot.Store;

/// <summary>
/// Dates as small integers, and the composite (key, day) index keys that make "issuer X between two dates" one short
/// range scan (see LITEDB-NOTES: an index on the issuer alone loads every row the issuer ever had).
/// </summary>
public static class DayNumber
{
    private const long DaysPerKey = 100_000;
    private static readonly int Epoch = new DateOnly(1900, 1, 1).DayNumber;

    /// <summary>The last day a key holds (the first is 0): every stored day lies between them.</summary>
    public const int Last = (int)DaysPerKey - 1;

    public static int Of(DateOnly date) => Math.Clamp(date.DayNumber - Epoch, 0, Last);

    public static DateOnly ToDate(int day) => DateOnly.FromDayNumber(day + Epoch);

    public static long Key(long id, DateOnly date) => id * DaysPerKey + Of(date);

    public static long KeyStart(long id) => id * DaysPerKey;

    public static long KeyEnd(long id) => id * DaysPerKey + DaysPerKey - 1;

    /// <summary>The id part of a composite key (floor division, so a key below zero splits the same way).</summary>
    public static long IdOf(long key) => key >= 0 ? key / DaysPerKey : ((key + 1) / DaysPerKey) - 1;

    /// <summary>The day part of a composite key.</summary>
    public static int DayOf(long key) => (int)(key - (IdOf(key) * DaysPerKey));
}
