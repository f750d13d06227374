using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Benchmarks.Load;

/// <summary>Real Kestrel on 127.0.0.1 with an ephemeral port; warnings and errors only, as the bot's own config logs ASP.NET Core.</summary>
public static class LoopbackApp
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["urls"] = "http://127.0.0.1:0" });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address));
    }

    /// <summary>The floor: the same Kestrel, the body read, a constant 200 JSON answer and nothing else.</summary>
    public static Task<(WebApplication App, Uri Address)> StartFloorAsync(string answer) =>
        StartAsync(new Dictionary<string, string?>(), _ => { }, app => app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var sink = new MemoryStream();
            await context.Request.Body.CopyToAsync(sink, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        }));
}
