using System.Xml.Linq;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary>The repository's project files read as a graph of <c>ProjectReference</c>s.</summary>
public static class ProjectReferences
{
    /// <summary>The project and every project it references, directly or not, as repo-relative paths.</summary>
    public static IReadOnlySet<string> Closure(string project)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>([project]);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next)) continue;
            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(Path.Combine(RepoPaths.Root, next)).Descendants("ProjectReference"))
                queue.Enqueue(Path.GetRelativePath(RepoPaths.Root, Path.GetFullPath(Path.Combine(RepoPaths.Root, folder, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
        }

        return seen;
    }

    /// <summary>The repo-relative path of <c>src/NAME/NAME.csproj</c>.</summary>
    public static string Source(string name) => $"src/{name}/{name}.csproj";
}
