using System.Text;

namespace InsiderBot.Store;

/// <summary>
/// The texts a run of decoded trades repeats: a company month names the company and its ticker in every trade, an
/// insider's name and title in each of their rows, the same code, security and filing in many. Each slot keeps the
/// text it last decoded with its bytes, and gives the same string again while the bytes are the same, so an answer
/// over a busy company's months allocates a string per distinct text, not per row.
/// </summary>
internal sealed class RepeatedTexts(int slots)
{
    private readonly byte[][] bytes = new byte[slots][];
    private readonly string?[] texts = new string?[slots];

    /// <summary>The text of these UTF-8 bytes, the slot's last string when they are its bytes.</summary>
    public string Of(int slot, ReadOnlySpan<byte> utf8)
    {
        if (texts[slot] is { } last && utf8.SequenceEqual(bytes[slot])) return last;
        var text = Encoding.UTF8.GetString(utf8);
        bytes[slot] = utf8.ToArray();
        return texts[slot] = text;
    }

    /// <summary>The first <paramref name="length"/> characters of <paramref name="text"/>, the slot's last string when it is that prefix.</summary>
    public string Prefix(int slot, string text, int length)
    {
        if (texts[slot] is { } last && text.AsSpan(0, length).SequenceEqual(last)) return last;
        return texts[slot] = text[..length];
    }
}
