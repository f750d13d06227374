using System.Text;

namespace InsiderBot.Store.Tests;

public sealed class RepeatedTextsTests
{
    [Fact]
    public void A_slot_gives_its_last_string_again_only_for_the_same_bytes()
    {
        var repeated = new RepeatedTexts(2);
        var first = repeated.Of(0, "Common Stock"u8);

        Assert.Same(first, repeated.Of(0, "Common Stock"u8));
        Assert.Equal("Common Stoc", repeated.Of(0, "Common Stoc"u8));
        Assert.Equal("Common Stock", repeated.Of(1, "Common Stock"u8));
        Assert.Equal("Série A", repeated.Of(1, Encoding.UTF8.GetBytes("Série A")));
        Assert.Equal("Common Stoc", repeated.Of(0, "Common Stoc"u8));
    }

    [Fact]
    public void A_prefix_is_the_slots_last_string_while_the_text_starts_with_it()
    {
        var repeated = new RepeatedTexts(1);
        var accession = repeated.Prefix(0, "0000320193-24-000001:N1", 20);

        Assert.Equal("0000320193-24-000001", accession);
        Assert.Same(accession, repeated.Prefix(0, "0000320193-24-000001:D3", 20));
        Assert.Equal("0000320193-24-000002", repeated.Prefix(0, "0000320193-24-000002:N1", 20));
    }
}
