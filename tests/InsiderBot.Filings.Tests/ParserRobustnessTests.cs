using System.Text;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Filings.Tests;

/// <summary>
/// A property test: 100,000 mutated real filings (truncated, reordered, garbage, deep nesting, huge numbers, invalid
/// UTF-8). No exception escapes, and every input ends parsed, skipped or quarantined with a reason.
/// </summary>
public sealed class ParserRobustnessTests
{
    private const int Mutations = 100_000;

    [Fact]
    public async Task Parse_HundredThousandMutatedFilings_NeverThrowsAndAlwaysGivesAReason()
    {
        var seeds = SampleFilings.AllForm4Files().Where((_, i) => i % 20 == 0).Select(File.ReadAllBytes)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4_sgml")).Take(3).Select(File.ReadAllBytes))
            .ToList();
        var reader = new FilingDocumentReader();
        var random = new Random(20261125);
        var counts = new Dictionary<ParseStatus, int>();

        // The whole run is bounded so a hang fails the test instead of stalling CI; nothing is timed.
        await Task.Run(() =>
        {
            for (var i = 0; i < Mutations; i++)
            {
                var input = Mutate(seeds[random.Next(seeds.Count)], random);
                var outcome = reader.Read(input, $"mutant-{i}");
                counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                if (outcome.IsParsed)
                {
                    Assert.NotNull(outcome.Filing);
                    Assert.True(outcome.Filing.Issuer.Cik > 0);
                    Assert.NotEmpty(outcome.Filing.Owners);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(outcome.Reason), $"mutant {i} has no reason");
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(Mutations, counts.Values.Sum());
        Assert.True(counts.GetValueOrDefault(ParseStatus.Parsed) > 1000, "mild mutations should still parse");
        Assert.True(counts.GetValueOrDefault(ParseStatus.Quarantined) > 1000, "broken inputs should be quarantined");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original;
        var steps = random.Next(1, 4);
        for (var s = 0; s < steps; s++)
        {
            bytes = random.Next(9) switch
            {
                0 => bytes[..random.Next(bytes.Length + 1)],
                1 => Swap(bytes, random),
                2 => Insert(bytes, random, RandomGarbage(random)),
                3 => Insert(bytes, random, Encoding.UTF8.GetBytes(DeepNesting(random.Next(10, 20_000)))),
                4 => ReplaceValue(bytes, random, new string('9', random.Next(30, 5000))),
                5 => Insert(bytes, random, [0xC3, 0x28, 0xFF, 0xFE, 0x80]),
                6 => ReplaceValue(bytes, random, RandomText(random)),
                7 => DeleteRange(bytes, random),
                _ => ReplaceValue(bytes, random, "-" + random.NextInt64()),
            };
        }

        return bytes;
    }

    private static byte[] Swap(byte[] b, Random r)
    {
        if (b.Length < 4) return b;
        var a = r.Next(b.Length / 2);
        var c = r.Next(b.Length / 2, b.Length);
        var len = Math.Min(r.Next(1, 200), Math.Min(b.Length / 2 - a, b.Length - c));
        var copy = (byte[])b.Clone();
        b.AsSpan(a, len).CopyTo(copy.AsSpan(c, len));
        b.AsSpan(c, len).CopyTo(copy.AsSpan(a, len));
        return copy;
    }

    private static byte[] Insert(byte[] b, Random r, byte[] what)
    {
        var at = r.Next(b.Length + 1);
        return [.. b[..at], .. what, .. b[at..]];
    }

    private static byte[] DeleteRange(byte[] b, Random r)
    {
        if (b.Length == 0) return b;
        var at = r.Next(b.Length);
        var len = Math.Min(r.Next(1, 500), b.Length - at);
        return [.. b[..at], .. b[(at + len)..]];
    }

    /// <summary>Replaces the text of a random <c>&lt;value&gt;</c> element, keeping the document well formed.</summary>
    private static byte[] ReplaceValue(byte[] b, Random r, string value)
    {
        var text = Encoding.UTF8.GetString(b);
        var starts = new List<int>();
        for (var i = text.IndexOf("<value>", StringComparison.Ordinal); i >= 0; i = text.IndexOf("<value>", i + 1, StringComparison.Ordinal)) starts.Add(i);
        if (starts.Count == 0) return b;
        var start = starts[r.Next(starts.Count)] + 7;
        var end = text.IndexOf("</value>", start, StringComparison.Ordinal);
        if (end < 0) return b;
        return Encoding.UTF8.GetBytes(text[..start] + System.Security.SecurityElement.Escape(value) + text[end..]);
    }

    private static byte[] RandomGarbage(Random r)
    {
        var garbage = new byte[r.Next(1, 64)];
        r.NextBytes(garbage);
        return garbage;
    }

    private static string RandomText(Random r)
    {
        string[] choices = ["", " ", "abc", "1e400", "NaN", "-0", "2024-13-45", "9999-99-99", "1/2/2024", "true", "<", "&amp;", "12,345.67", "0x1F", "∞"];
        return choices[r.Next(choices.Length)];
    }

    private static string DeepNesting(int depth) => string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));
}
