using System.Buffers.Binary;

namespace InsiderBot.Filings;

/// <summary>
/// How many entries a zip lists, read from its end-of-central-directory records alone, so a zip listing millions of
/// entries is refused before an archive object holds one per entry.
/// </summary>
public static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int Zip64LocatorLength = 20;

    /// <summary>The entry count the zip's end records give; null when there are none (the archive reader says why).</summary>
    public static long? ListedEntries(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var tail = new byte[(int)Math.Min(file.Length, EndLength + ushort.MaxValue + Zip64LocatorLength)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        for (var i = tail.Length - EndLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndSignature) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            var locator = i - Zip64LocatorLength;
            if (count != ushort.MaxValue || locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(locator)) != Zip64LocatorSignature) return count;

            var record = new byte[40];
            file.Seek((long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(locator + 8)), (ulong)file.Length), SeekOrigin.Begin);
            file.ReadExactly(record);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature) return null;
            return (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)), long.MaxValue);
        }

        return null;
    }
}
