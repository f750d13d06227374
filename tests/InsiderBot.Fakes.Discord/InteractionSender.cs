using System.Text;
using NSec.Cryptography;

namespace InsiderBot.Fakes.Discord;

/// <summary>Plays Discord's side of HTTP interactions: signs bodies with the RFC 8032 TEST 1 key and POSTs them to the bot.</summary>
public sealed class InteractionSender(HttpClient http, Uri endpoint)
{
    public const string SecretKeyHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    public static string Sign(string timestamp, string body)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Import(algorithm, Convert.FromHexString(SecretKeyHex), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexStringLower(algorithm.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
    }

    /// <summary>Sends a correctly signed interaction.</summary>
    public Task<HttpResponseMessage> SendAsync(string body, string timestamp = "1700000000") =>
        SendRawAsync(body, timestamp, Sign(timestamp, body));

    /// <summary>Sends with whatever headers the test wants (null leaves a header out).</summary>
    public async Task<HttpResponseMessage> SendRawAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        return await http.SendAsync(request);
    }
}
