using System.Reflection;
using InsiderBot.Edgar;
using InsiderBot.Filings;
using InsiderBot.Health;
using InsiderBot.Import;
using InsiderBot.Insights.Signals;
using InsiderBot.Store;

namespace InsiderBot.Tests;

/// <summary>
/// The layers point one way: the domain (Filings, Insights, Store), disk import, EDGAR ingestion and the health
/// contracts know nothing of chat presentation, a chat platform or the host; a platform adapter knows nothing of another
/// platform; the store, which only persists, knows nothing of the import that reads files into it.
/// Checked twice: in the project files (a reference nobody uses yet still counts) and in the compiled assemblies.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Presentation = ["InsiderBot.Chat", "InsiderBot.Charts", "InsiderBot.Discord", "InsiderBot.Slack", "InsiderBot"];

    private static readonly string[] Domain = ["InsiderBot.Filings", "InsiderBot.Insights", "InsiderBot.Store", "InsiderBot.Import", "InsiderBot.Edgar", "InsiderBot.Health"];

    public static TheoryData<string> BelowChat => new(Domain);

    [Theory]
    [MemberData(nameof(BelowChat))]
    public void BelowChat_ReferencesNoPresentationOrPlatformProject(string project)
    {
        var closure = ProjectReferences.Closure(ProjectReferences.Source(project));

        Assert.Contains(ProjectReferences.Source(project), closure);
        foreach (var above in Presentation)
            Assert.False(closure.Contains(ProjectReferences.Source(above)), $"{project} references {above}, directly or through another project");
    }

    [Fact]
    public void TheStore_DoesNotReferenceImport()
    {
        var closure = ProjectReferences.Closure(ProjectReferences.Source("InsiderBot.Store"));

        Assert.Contains(ProjectReferences.Source("InsiderBot.Filings"), closure);
        Assert.DoesNotContain(ProjectReferences.Source("InsiderBot.Import"), closure);
        Assert.Contains(ProjectReferences.Source("InsiderBot.Store"), ProjectReferences.Closure(ProjectReferences.Source("InsiderBot.Import")));
    }

    [Theory]
    [InlineData("InsiderBot.Discord", "InsiderBot.Slack")]
    [InlineData("InsiderBot.Slack", "InsiderBot.Discord")]
    public void APlatform_DoesNotReferenceAnotherPlatform(string platform, string other)
    {
        var closure = ProjectReferences.Closure(ProjectReferences.Source(platform));

        Assert.Contains(ProjectReferences.Source("InsiderBot.Chat"), closure);
        Assert.Contains(ProjectReferences.Source("InsiderBot.Health"), closure);
        Assert.DoesNotContain(ProjectReferences.Source(other), closure);
    }

    [Fact]
    public void TheProjectGraph_IsReadFromTheRealFiles()
    {
        // The positive control for the checks above: the host sees every layer, and Edgar sees what it builds on.
        var host = ProjectReferences.Closure(ProjectReferences.Source("InsiderBot"));
        Assert.All(Presentation.Concat(Domain), p => Assert.Contains(ProjectReferences.Source(p), host));

        var edgar = ProjectReferences.Closure(ProjectReferences.Source("InsiderBot.Edgar"));
        Assert.Contains(ProjectReferences.Source("InsiderBot.Store"), edgar);
        Assert.Contains(ProjectReferences.Source("InsiderBot.Health"), edgar);
        Assert.Contains(ProjectReferences.Source("InsiderBot.Filings"), edgar);
    }

    [Fact]
    public void TheCompiledDomainAndEdgar_LoadNoPresentationOrPlatformAssembly()
    {
        Assembly[] below = [typeof(Form4Parser).Assembly, typeof(SignalKind).Assembly, typeof(InsiderStore).Assembly, typeof(ImportSetup).Assembly, typeof(EdgarSetup).Assembly, typeof(IStatusContributor).Assembly];
        foreach (var assembly in below)
        {
            var closure = AssemblyClosure(assembly);
            Assert.Contains(assembly.GetName().Name!, closure);
            foreach (var above in Presentation)
                Assert.False(closure.Contains(above), $"{assembly.GetName().Name} is compiled against {above}");
        }

        Assert.Contains("InsiderBot.Health", AssemblyClosure(typeof(EdgarSetup).Assembly));
        Assert.DoesNotContain("InsiderBot.Import", AssemblyClosure(typeof(InsiderStore).Assembly));
    }

    /// <summary>The names of the product's assemblies that <paramref name="root"/> references, directly or not.</summary>
    private static HashSet<string> AssemblyClosure(Assembly root)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<AssemblyName>([root.GetName()]);
        while (queue.TryDequeue(out var next))
        {
            if (!next.Name!.StartsWith("InsiderBot", StringComparison.Ordinal) || !seen.Add(next.Name)) continue;
            foreach (var reference in Assembly.Load(next).GetReferencedAssemblies()) queue.Enqueue(reference);
        }

        return seen;
    }
}
