using InsiderBot.Chat.Replies;
using InsiderBot.Store;
using Microsoft.Extensions.Options;

namespace InsiderBot.Cli;

/// <summary>Where the console saves a reply's files: its chart in <c>charts/</c>, its export in <c>exports/</c>, beside the store.</summary>
public sealed class ChartFiles(IOptions<StoreOptions> store)
{
    public string? Save(ChatReply reply) => reply.Chart is { } chart ? Write("charts", chart.FileName, chart.Png) : null;

    public string? SaveExport(ChatReply reply) => reply.Export is { } export ? Write("exports", export.FileName, export.Content) : null;

    /// <summary>Saves the reply's files and says where, one line each ("Chart saved to …"); empty when it has none.</summary>
    public IReadOnlyList<string> SaveAll(ChatReply reply)
    {
        var lines = new List<string>(2);
        if (Save(reply) is { } chart) lines.Add($"Chart saved to {chart}");
        if (SaveExport(reply) is { } export) lines.Add($"Export saved to {export}");
        return lines;
    }

    private string Write(string kind, string fileName, byte[] content)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Value.Path))!, kind);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(fileName));
        File.WriteAllBytes(path, content);
        return path;
    }
}
