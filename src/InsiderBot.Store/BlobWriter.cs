using System.Buffers;
using System.Text;

namespace InsiderBot.Store;

/// <summary>Writes the compact fields of a stored document: 7-bit varints, length-prefixed UTF-8, exact decimals.</summary>
internal sealed class BlobWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(256);

    public void Clear() => buffer.ResetWrittenCount();

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();

    /// <summary>What is written so far, without copying it.</summary>
    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;

    /// <summary>Bytes as they are, no length before them.</summary>
    public void Raw(ReadOnlySpan<byte> value) => buffer.Write(value);

    public void Byte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    public void Unsigned(ulong value)
    {
        var span = buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        buffer.Advance(i);
    }

    public void Signed(long value) => Unsigned((ulong)((value << 1) ^ (value >> 63)));

    public void Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Unsigned((ulong)length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    /// <summary>A day number plus one, so 0 stands for no day.</summary>
    public void Day(int? day) => Unsigned(day is { } d ? (ulong)d + 1 : 0);

    /// <summary>
    /// A decimal exactly, scale included (1.50 stays 1.50): one byte of sign, scale and width, then the 96-bit
    /// mantissa as one or two varints; 0xFF for none.
    /// </summary>
    public void Number(decimal? value)
    {
        if (value is not { } v)
        {
            Byte(0xFF);
            return;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(v, bits);
        var scale = (byte)((bits[3] >> 16) & 0x1F);
        var negative = bits[3] < 0;
        var high = (uint)bits[2];
        Byte((byte)(scale | (negative ? 0x80 : 0) | (high != 0 ? 0x40 : 0)));
        Unsigned((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        if (high != 0) Unsigned(high);
    }
}
