using InsiderBot.Chat.Replies;
using InsiderBot.Store;
using Microsoft.Extensions.Options;

namespace InsiderBot.Cli;

/// <summary>Where the console saves a reply's chart: a <c>charts/</c> folder beside the store.</summary>
public sealed class ChartFiles(IOptions<StoreOptions> store)
{
    public string? Save(ChatReply reply)
    {
        if (reply.Chart is not { } chart) return null;
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Value.Path))!, "charts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, chart.FileName);
        File.WriteAllBytes(path, chart.Png);
        return path;
    }
}
