using InsiderBot.Chat.Formatting;

namespace InsiderBot.Chat.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(3_412_000, "$3.4M")]
    [InlineData(950_000, "$950k")]
    [InlineData(12_345, "$12.3k")]
    [InlineData(9_999, "$9,999")]
    [InlineData(39_400_000_000, "$39.4B")]
    [InlineData(0, "$0")]
    public void Money_ReadsLikeAPersonWroteIt(decimal value, string expected) => Assert.Equal(expected, Amounts.Money(value));

    [Fact]
    public void Money_Unknown_SaysSo() => Assert.Equal("value unknown", Amounts.Money(null));

    [Theory]
    [InlineData(1_900_000, "1.9 million shares")]
    [InlineData(12_500, "12,500 shares")]
    [InlineData(1, "1 share")]
    [InlineData(289.408, "289.408 shares")]
    public void Shares_ReadLikeAPersonWroteThem(decimal shares, string expected) => Assert.Equal(expected, Amounts.Shares(shares));

    [Theory]
    [InlineData(2024, 4, 1, "2024-04-01 (3 days ago)")]
    [InlineData(2024, 4, 4, "2024-04-04 (today)")]
    [InlineData(2024, 4, 3, "2024-04-03 (yesterday)")]
    [InlineData(2023, 4, 4, "2023-04-04 (one year ago)")]
    public void Dates_CarryTheirAge(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Dates.WithAgo(new DateOnly(y, m, d), new DateTimeOffset(2024, 4, 4, 18, 0, 0, TimeSpan.Zero)));
}
