using System.Text;

namespace InsiderBot.Store;

/// <summary>Reads what <see cref="BlobWriter"/> wrote, in the same order.</summary>
internal ref struct BlobReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int at;

    public readonly bool AtEnd => at >= bytes.Length;

    /// <summary>How many bytes are read so far.</summary>
    public readonly int Position => at;

    public byte Byte() => bytes[at++];

    /// <summary>The next <paramref name="length"/> bytes as they were written (<see cref="BlobWriter.Raw"/>).</summary>
    public ReadOnlySpan<byte> Bytes(int length)
    {
        var span = bytes.Slice(at, length);
        at += length;
        return span;
    }

    public ulong Unsigned()
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    public long Signed()
    {
        var raw = Unsigned();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public string Text()
    {
        var length = (int)Unsigned();
        if (length == 0) return "";
        var text = Encoding.UTF8.GetString(bytes.Slice(at, length));
        at += length;
        return text;
    }

    /// <summary>As <see cref="Text()"/>, the same string as the last one in <paramref name="slot"/> when the bytes are the same (a text of its own without <paramref name="repeated"/>).</summary>
    public string Text(RepeatedTexts? repeated, int slot)
    {
        if (repeated is null) return Text();
        var length = (int)Unsigned();
        if (length == 0) return "";
        var text = repeated.Of(slot, bytes.Slice(at, length));
        at += length;
        return text;
    }

    public int? Day() => Unsigned() is var raw && raw == 0 ? null : (int)(raw - 1);

    public decimal? Number()
    {
        var head = Byte();
        if (head == 0xFF) return null;
        var low = Unsigned();
        var high = (head & 0x40) != 0 ? (uint)Unsigned() : 0u;
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, (head & 0x80) != 0, (byte)(head & 0x1F));
    }
}
