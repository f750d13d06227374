using System.Text;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Tests.Support;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Testing;

namespace InsiderBot.Edgar.Tests.Http;

public sealed class EdgarClientTests
{
    private const string Tickers = "/files/company_tickers.json";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly byte[] TickerJson = File.ReadAllBytes(Path.Combine(RepoPaths.SampleData, "tickers", "company_tickers.json"));
    private static readonly byte[] FilingXml = File.ReadAllBytes(RepoPaths.Form4("AFRM_2024-12-12_0001628280-24-051246_RaboisKeith_S.xml"));

    private static async Task<EdgarHarness> Start(Action<EdgarOptions>? configure = null)
    {
        var h = await EdgarHarness.StartAsync(configure);
        h.Fake.AddFile(Tickers, TickerJson);
        h.Fake.AddFiling(1820953, "0001628280-24-051246", "wk-form4_1734046000.xml", FilingXml);
        return h;
    }

    private static Task<EdgarResponse> Get(EdgarHarness h, string path, Func<byte[], string?> check) =>
        h.Client.GetAsync(h.Client.Www(path), check, CancellationToken.None).WaitAsync(Bound);

    [Fact]
    public async Task Every_request_declares_the_user_agent_accepts_gzip_and_the_body_arrives_decompressed()
    {
        await using var h = await Start();
        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.Equal(EdgarOutcome.Ok, response.Outcome);
        Assert.Equal(TickerJson, response.Body);
        Assert.Contains(CompanyTickers.Read(new MemoryStream(response.Body)), e => e.Ticker == "AAPL");
        var seen = Assert.Single(h.Fake.Requests);
        Assert.Equal(EdgarHarness.UserAgent, seen.UserAgent);
        Assert.Contains("gzip", seen.AcceptEncoding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_user_agent_nothing_is_sent_and_the_problem_names_the_key()
    {
        await using var h = await Start(o => o.UserAgent = " ");
        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.Equal(EdgarOutcome.Failed, response.Outcome);
        Assert.Contains("Edgar:UserAgent", response.Problem, StringComparison.Ordinal);
        Assert.Empty(h.Fake.Requests);
    }

    [Fact]
    public async Task Thirty_five_requests_never_exceed_ten_in_any_second()
    {
        await using var h = await Start();
        for (var i = 0; i < 35; i++) Assert.True((await Get(h, Tickers, EdgarBody.Json)).IsOk);

        Assert.Equal(35, h.Fake.Requests.Count);
        Assert.Equal(10, h.Fake.MostRequestsWithin(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_429_pauses_for_its_retry_after_and_then_succeeds()
    {
        await using var h = await Start();
        h.Fake.RetryAfterSeconds = 7;
        h.Fake.Inject(Tickers, FakeFault.TooManyRequests);

        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.True(response.IsOk);
        var r = h.Fake.Requests;
        Assert.Equal([429, 200], r.Select(x => x.Status));
        Assert.True(r[1].At - r[0].At >= TimeSpan.FromSeconds(7), $"retried after {r[1].At - r[0].At}");
    }

    [Fact]
    public async Task The_403_rate_limit_page_cools_every_request_down_for_ten_minutes()
    {
        await using var h = await Start();
        h.Fake.Inject(Tickers, FakeFault.RateLimitPage);

        var first = await Get(h, Tickers, EdgarBody.Json);
        var other = await Get(h, "/Archives/edgar/data/1820953/000162828024051246/wk-form4_1734046000.xml", EdgarBody.Xml);

        Assert.True(first.IsOk);
        Assert.True(other.IsOk);
        var r = h.Fake.Requests;
        Assert.Equal([403, 200, 200], r.Select(x => x.Status));
        Assert.True(r[1].At - r[0].At >= TimeSpan.FromMinutes(10), $"retried after {r[1].At - r[0].At}");
    }

    [Fact]
    public async Task A_503_is_retried_with_growing_backoff()
    {
        await using var h = await Start();
        h.Fake.Inject(Tickers, FakeFault.ServiceUnavailable, times: 3);

        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.True(response.IsOk);
        Assert.Equal(4, response.Attempts);
        var at = h.Fake.Requests.Select(x => x.At).ToList();
        Assert.True(at[1] > at[0] && at[3] - at[2] > at[1] - at[0], string.Join(", ", at));
    }

    [Fact]
    public async Task A_slow_response_is_abandoned_and_retried()
    {
        await using var h = await Start(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        h.Fake.Inject(Tickers, FakeFault.Slow);

        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.True(response.IsOk);
        Assert.Equal(2, response.Attempts);
    }

    [Fact]
    public async Task A_truncated_body_is_retried_and_the_whole_body_kept()
    {
        await using var h = await Start();
        h.Fake.Inject(".xml", FakeFault.Truncated);

        var response = await Get(h, "/Archives/edgar/data/1820953/000162828024051246/wk-form4_1734046000.xml", EdgarBody.Xml);

        Assert.True(response.IsOk);
        Assert.Equal(FilingXml, response.Body);
        Assert.Equal(2, response.Attempts);
    }

    [Fact]
    public async Task A_body_that_stays_malformed_is_given_up_as_malformed_for_quarantine()
    {
        await using var h = await Start();
        h.Fake.Inject(".xml", FakeFault.Malformed, times: 4);

        var response = await Get(h, "/Archives/edgar/data/1820953/000162828024051246/wk-form4_1734046000.xml", EdgarBody.Xml);

        Assert.Equal(EdgarOutcome.Malformed, response.Outcome);
        Assert.Contains("malformed XML", response.Problem, StringComparison.Ordinal);
        Assert.Empty(response.Body);
        Assert.Equal(4, h.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_body_that_stays_truncated_is_given_up_as_malformed()
    {
        await using var h = await Start();
        h.Fake.Inject(Tickers, FakeFault.Truncated, times: 4);

        var response = await Get(h, Tickers, EdgarBody.Json);

        Assert.True(EdgarOutcome.Malformed == response.Outcome, response.Problem);
    }

    [Fact]
    public async Task A_missing_document_is_not_retried()
    {
        await using var h = await Start();
        var response = await Get(h, "/Archives/edgar/data/1/000000000000000000/none.xml", EdgarBody.Xml);

        Assert.Equal(EdgarOutcome.NotFound, response.Outcome);
        Assert.Single(h.Fake.Requests);
    }

    [Fact]
    public void A_gzip_body_check_sees_a_truncated_zip() =>
        Assert.NotNull(EdgarBody.Zip(Encoding.ASCII.GetBytes("PK\u0003\u0004 not a whole zip file at all......")));
}
