using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Slack.Signing;
using InsiderBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Slack.Tests;

public sealed class SigningTests
{
    private static readonly JsonObject Official = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("protocol", "test-vectors.json")))!["slack_signing_official"]!.AsObject();
    private static readonly string Secret = Official["signing_secret"]!.GetValue<string>();
    private static readonly string Timestamp = Official["X-Slack-Request-Timestamp"]!.GetValue<string>();
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Official["body"]!.GetValue<string>());
    private static readonly string Signature = Official["X-Slack-Signature"]?.GetValue<string>() ?? Official["expected_signature"]!.GetValue<string>();

    private static SlackRequestVerifier At(long unixSeconds) => new(Secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Slacks_worked_example_verifies()
    {
        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Signature);
        Assert.Equal(SignatureCheck.Valid, At(long.Parse(Timestamp)).Verify(Timestamp, Signature, Body));
        Assert.Equal(Signature, At(0).Sign(Timestamp, Body));
    }

    [Fact]
    public void A_changed_byte_in_the_body_is_rejected()
    {
        var changed = (byte[])Body.Clone();
        changed[^1] ^= 0x01;
        Assert.Equal(SignatureCheck.Mismatch, At(long.Parse(Timestamp)).Verify(Timestamp, Signature, changed));
    }

    [Fact]
    public void A_changed_signature_or_secret_is_rejected()
    {
        var verifier = At(long.Parse(Timestamp));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(Timestamp, Signature[..^1] + (Signature[^1] == '0' ? '1' : '0'), Body));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(Timestamp, "v0=abc", Body));
        var otherSecret = new SlackRequestVerifier(Secret + "x", new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp))));
        Assert.Equal(SignatureCheck.Mismatch, otherSecret.Verify(Timestamp, Signature, Body));
    }

    [Theory]
    [InlineData(301, SignatureCheck.OutsideWindow)]
    [InlineData(-301, SignatureCheck.OutsideWindow)]
    [InlineData(300, SignatureCheck.Valid)]
    [InlineData(-300, SignatureCheck.Valid)]
    public void Timestamps_more_than_five_minutes_away_are_rejected(int clockOffsetSeconds, SignatureCheck expected) =>
        Assert.Equal(expected, At(long.Parse(Timestamp) + clockOffsetSeconds).Verify(Timestamp, Signature, Body));

    [Theory]
    [InlineData(null, "v0=x")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    public void A_missing_header_is_rejected(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, At(long.Parse(Timestamp)).Verify(timestamp, signature, Body));

    [Fact]
    public void A_timestamp_that_is_not_a_number_is_rejected() =>
        Assert.Equal(SignatureCheck.MalformedTimestamp, At(long.Parse(Timestamp)).Verify("15314206l8", Signature, Body));
}
