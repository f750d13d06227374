using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Tests;

/// <summary>
/// The bot is given port 0 and Kestrel binds a port the OS picks, so no other process can take it between choosing and
/// binding; the address it bound is read back from the running server.
/// </summary>
internal static class ListeningAddress
{
    /// <summary>The <c>Web:Urls</c> that lets the OS pick a free loopback port.</summary>
    public const string AnyPort = "http://127.0.0.1:0";

    /// <summary>The address the started bot listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public static string Of(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
