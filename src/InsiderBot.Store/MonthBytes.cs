using System.Buffers;
using System.IO.Compression;

namespace InsiderBot.Store;

/// <summary>
/// The binary field of a company month (<see cref="TradeMonthDocuments"/>, <see cref="FilingMonthDocuments"/>): its
/// entries back to back, deflated. A month repeats the company's name, its ticker, the insiders' names and titles and
/// the filings' footnotes in every entry, and deflate keeps about a quarter of those bytes (benchmarks notes,
/// history-import). The first byte says which: <see cref="Plain"/> (the entries as they are: months written before
/// they were deflated, and those deflate would not make smaller) or <see cref="Deflated"/> (the entries' length, then
/// their deflated bytes).
/// </summary>
internal static class MonthBytes
{
    public const byte Plain = 1;
    public const byte Deflated = 2;

    [ThreadStatic]
    private static MemoryStream? output;

    [ThreadStatic]
    private static BlobWriter? lengthWriter;

    /// <summary>The field for these entries: deflated, unless that is no smaller.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> entries)
    {
        var packed = output ??= new MemoryStream();
        packed.SetLength(0);
        packed.WriteByte(Deflated);
        var length = lengthWriter ??= new BlobWriter();
        length.Clear();
        length.Unsigned((ulong)entries.Length);
        packed.Write(length.Written);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(entries);
        if (packed.Length < entries.Length + 1) return packed.ToArray();

        var plain = new byte[entries.Length + 1];
        plain[0] = Plain;
        entries.CopyTo(plain.AsSpan(1));
        return plain;
    }

    /// <summary>
    /// Reads the entries of a field <see cref="Pack"/> wrote (or a plain one); the span given to <paramref name="read"/>
    /// is valid only while it runs.
    /// </summary>
    public static void Read(byte[] field, string month, ReadEntries read)
    {
        switch (field[0])
        {
            case Plain:
                read(field.AsSpan(1));
                return;
            case Deflated:
                var r = new BlobReader(field.AsSpan(1));
                var length = (int)r.Unsigned();
                var header = r.Position;
                var entries = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    using (var deflate = new DeflateStream(new MemoryStream(field, 1 + header, field.Length - 1 - header, writable: false), CompressionMode.Decompress))
                        deflate.ReadExactly(entries, 0, length);
                    read(entries.AsSpan(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(entries);
                }

                return;
            default:
                throw new InvalidDataException($"{month} has a format this version cannot read");
        }
    }

    public delegate void ReadEntries(ReadOnlySpan<byte> entries);
}
