using InsiderBot.Chat.Alerts;
using InsiderBot.Chat.Formatting;
using InsiderBot.Insights.Signals;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;

namespace InsiderBot.Chat.Tests.Signals;

/// <summary>
/// Every signal kind has its own id slug, its own words in answers and alerts, and a subscription word that reads
/// back as the same kind. The switches behind these list every kind with no catch-all arm, so a new kind is a
/// compile error until it has them; this test keeps them distinct.
/// </summary>
public sealed class SignalKindCoverageTests
{
    public static TheoryData<SignalKind> Kinds => [.. Enum.GetValues<SignalKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_its_own_slug_label_headline_and_subscription_words(SignalKind kind)
    {
        var others = Enum.GetValues<SignalKind>().Where(k => k != kind).ToList();

        var slug = Signal.Slug(kind);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", slug);
        Assert.DoesNotContain(slug, others.Select(Signal.Slug));

        var label = SignalFormatter.Label(Record(kind));
        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.DoesNotContain(label, others.Select(k => SignalFormatter.Label(Record(k))));

        var headline = AlertFormatter.Headline(kind, mixed: false);
        Assert.DoesNotContain(headline, others.Select(k => AlertFormatter.Headline(k, mixed: false)));

        Assert.True(AlertKinds.IsKnown(slug));
        var words = AlertKinds.Describe(slug);
        Assert.NotEqual(slug, words); // a name the table lacks would come back as itself
        Assert.Equal(AlertKinds.Describe(kind), words);
        Assert.DoesNotContain(words, others.Select(AlertKinds.Describe));
    }

    [Fact]
    public void An_unknown_subscription_name_reads_back_as_itself()
    {
        Assert.Equal("moonshot", AlertKinds.Describe("moonshot"));
        Assert.Equal("cluster buying alongside discretionary selling", AlertKinds.Describe(AlertKinds.ClusterBuyMixed));
    }

    private static SignalRecord Record(SignalKind kind) => new()
    {
        Id = Signal.MakeId(kind, 1, new DateOnly(2024, 1, 2)),
        Kind = kind,
        IssuerCik = 1,
        From = new DateOnly(2024, 1, 2),
        To = new DateOnly(2024, 1, 2),
        Reason = "",
        Checked = "",
        Insiders = [],
        Fingerprint = "",
    };
}
