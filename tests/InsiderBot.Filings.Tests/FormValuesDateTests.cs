using System.Globalization;
using InsiderBot.Filings;

namespace InsiderBot.Filings.Tests;

/// <summary>
/// <see cref="FormValues.Date"/> reads dates by hand for speed; it must accept exactly what the framework's
/// <c>DateOnly.TryParseExact(…, "yyyy-MM-dd")</c> on the first ten characters accepts.
/// </summary>
public sealed class FormValuesDateTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("\u00a02024-07-19\t", 2024, 7, 19)]
    public void Date_ReadsRealCalendarDays(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FormValues.Date(text));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-00")]
    [InlineData("2024-1-011")]
    [InlineData("2024/01/01")]
    [InlineData("2024-01 01")]
    [InlineData("+024-01-01")]
    [InlineData("２０２４-01-01")]
    [InlineData("2024-٠١-01")]
    [InlineData("2024-01-1")]
    public void Date_RejectsWhatIsNotAYyyyMmDdDay(string text) => Assert.Null(FormValues.Date(text));

    [Fact]
    public void Date_AgreesWithTheFrameworkOnRandomNearDates()
    {
        var random = new Random(20261126);
        const string alphabet = "0123456789-- /+:Z٠１";
        var buffer = new char[10];
        for (var i = 0; i < 200_000; i++)
        {
            // Mostly well-shaped dates with random digits (invalid days included), some characters swapped for noise.
            var text = $"{random.Next(0, 10000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}";
            text.CopyTo(buffer);
            for (var n = random.Next(0, 3); n > 0; n--) buffer[random.Next(10)] = alphabet[random.Next(alphabet.Length)];
            var candidate = new string(buffer);

            DateOnly? framework = DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
            if (char.IsWhiteSpace(candidate[0]) || char.IsWhiteSpace(candidate[^1])) continue; // Date trims first
            Assert.True(framework == FormValues.Date(candidate), $"'{candidate}': framework {framework}, ours {FormValues.Date(candidate)}");
        }
    }
}
