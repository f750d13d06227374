using InsiderBot.Hosting;
using Microsoft.Extensions.Options;

namespace InsiderBot.Cli;

/// <summary>
/// <c>healthcheck</c>: asks a running bot's <c>/healthz</c> on <c>Web:Urls</c> (the container's HEALTHCHECK uses it,
/// since the runtime image has no curl). Exit 0 when healthy.
/// </summary>
public sealed class HealthCheckVerb(IOptions<WebOptions> web, BotConsole console)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var url = LocalUrl(web.Value.Urls) + "/healthz";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            await console.Out.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await console.Out.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The first listen URL with a wildcard host turned into loopback: <c>http://+:8080</c> → <c>http://127.0.0.1:8080</c>.</summary>
    public static string LocalUrl(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:8080";
        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
            first = first.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        return first.TrimEnd('/');
    }
}
