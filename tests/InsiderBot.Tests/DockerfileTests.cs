using System.Text.RegularExpressions;
using InsiderBot.Cli;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary>
/// The Dockerfile cannot be built here (no Docker engine), so every path and name it relies on is checked against the
/// repo, and the build context its <c>.dockerignore</c> leaves is checked for what must and must not be in it.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));
    private static readonly DockerIgnore Ignore = DockerIgnore.Parse(File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")));

    [GeneratedRegex(@"^COPY\s+(?!--from)(?<sources>.+?)\s+(?<target>\S+)$")]
    private static partial Regex CopyFromContext();

    private static IEnumerable<(int Line, string Source)> CopiedSources() =>
        Lines.Select((l, i) => (Line: i, Match: CopyFromContext().Match(l.Trim())))
            .Where(c => c.Match.Success)
            .SelectMany(c => c.Match.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => (c.Line, s.TrimEnd('/'))));

    [Fact]
    public void EveryCopiedPath_ExistsInTheRepo_AndIsInTheBuildContext()
    {
        Assert.NotEmpty(CopiedSources());
        foreach (var (_, source) in CopiedSources())
        {
            var path = Path.Combine(RepoPaths.Root, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"Dockerfile copies {source}, which is not in the repo");
            Assert.False(Ignore.Excludes(source), $"Dockerfile copies {source}, which .dockerignore leaves out of the build context");
        }
    }

    [Fact]
    public void EveryLiteralDockerignorePath_IsInTheRepo_OrIsALocalArtifactTheRepoIgnores()
    {
        var gitignore = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".gitignore")).Select(l => l.Trim().Trim('/')).ToHashSet();

        Assert.NotEmpty(Ignore.Patterns);
        foreach (var pattern in Ignore.Patterns.Where(p => !p.Contains('*', StringComparison.Ordinal) && !p.Contains('?', StringComparison.Ordinal)))
        {
            var path = Path.Combine(RepoPaths.Root, pattern);
            Assert.True(File.Exists(path) || Directory.Exists(path) || gitignore.Contains(pattern), $".dockerignore names {pattern}, which is neither in the repo nor in .gitignore");
        }
    }

    [Theory]
    [InlineData("benchmarks/data/synthetic-5m.db")]
    [InlineData("benchmarks/data/datasets/2024q1.zip")]
    [InlineData("data/insiderbot.db")]
    [InlineData("data/datasets/2024q1.zip")]
    [InlineData("insiderbot.db")]
    [InlineData("insiderbot-log.db")]
    [InlineData("src/InsiderBot/data/insiderbot.db")]
    [InlineData("src/InsiderBot/bin/Debug/net10.0/InsiderBot.dll")]
    [InlineData("src/InsiderBot/bin/Release/net10.0/publish/appsettings.json")]
    [InlineData("src/InsiderBot.Store/obj/project.assets.json")]
    [InlineData("src/InsiderBot.Store/obj/Debug/net10.0/InsiderBot.Store.AssemblyInfo.cs")]
    [InlineData("tests/InsiderBot.Tests/bin/Debug/net10.0/InsiderBot.Tests.dll")]
    [InlineData(".git/HEAD")]
    public void LocalStores_BuildOutput_AndBenchmarkData_StayOutOfTheBuildContext(string path) =>
        Assert.True(Ignore.Excludes(path), $"{path} would be sent to the Docker build");

    [Fact]
    public void EverySourceAndConfigFile_IsInTheBuildContext()
    {
        var files = new[] { "src", "config" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !Regex.IsMatch(f, "/(bin|obj)/"))
            .ToList();

        Assert.Contains("src/InsiderBot/Program.cs", files);
        Assert.Contains(files, f => f.StartsWith("src/InsiderBot/SampleData/form4/", StringComparison.Ordinal));
        Assert.All(files, f => Assert.False(Ignore.Excludes(f), $"{f} is needed by the build but .dockerignore leaves it out"));
    }

    [Fact]
    public void Restore_IsItsOwnLayer_FromEveryProjectTheHostNeeds_BeforeTheSourcesAreCopied()
    {
        var restore = Array.FindIndex(Lines, l => l.StartsWith("RUN dotnet restore src/InsiderBot/InsiderBot.csproj", StringComparison.Ordinal));
        var sources = CopiedSources().Single(c => c.Source == "src").Line;
        var beforeRestore = CopiedSources().Where(c => c.Line < restore).Select(c => c.Source).ToHashSet();

        Assert.InRange(restore, 0, sources - 1);
        Assert.Contains("global.json", beforeRestore);
        Assert.Contains("Directory.Build.props", beforeRestore);
        Assert.Contains("Directory.Packages.props", beforeRestore);
        Assert.All(ProjectReferences.Closure("src/InsiderBot/InsiderBot.csproj"), project => Assert.Contains(project, beforeRestore));
        Assert.Contains(Lines, l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal) && l.Contains("--no-restore", StringComparison.Ordinal));
    }

    [Fact]
    public void PublishedProjectAndEntryPoint_MatchTheHost()
    {
        var text = string.Join('\n', Lines);
        var project = Regex.Match(text, @"dotnet publish (\S+\.csproj)").Groups[1].Value;

        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, project)), project);
        Assert.Equal("InsiderBot", typeof(Program).Assembly.GetName().Name);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"InsiderBot.dll\"]", text);
        var healthVerb = Regex.Match(text, @"CMD \[""dotnet"", ""InsiderBot\.dll"", ""(\w+)""\]").Groups[1].Value;
        Assert.Contains(healthVerb, BotCommandLine.Verbs);
    }

    [Fact]
    public void FinalImage_IsTheRuntimeOnly_RunsAsNonRoot_AndWritesOnlyToTheVolume()
    {
        var stages = string.Join('\n', Lines).Split("\nFROM ");
        var final = stages[^1];

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", final);
        Assert.DoesNotContain("sdk", final);
        Assert.Matches(@"\nUSER (?!root)\w+", final);
        Assert.Contains("VOLUME [\"/data\"]", final);
        Assert.Contains("Store__Path=/data/", final);
        Assert.Contains("Edgar__DataSetFolder=/data/", final);
        Assert.Contains("HEALTHCHECK", final);
    }

    [Fact]
    public void TheImage_AndTheSystemdUnit_GiveTheGcTheSameFirstGeneration()
    {
        var (image, unit) = DeployedSetting("DOTNET_GCgen0size", "0x[0-9A-Fa-f]+");

        Assert.True(image.Success, "the final image sets no DOTNET_GCgen0size");
        Assert.True(unit.Success, "the systemd unit sets no DOTNET_GCgen0size");
        Assert.Equal(16 << 20, Convert.ToInt32(image.Groups[1].Value, 16)); // the runtime reads the variable as hex
        Assert.Equal(image.Groups[1].Value, unit.Groups[1].Value);
    }

    [Fact]
    public void TheImage_AndTheSystemdUnit_HaveTheGcCompactTheLargeObjectHeap()
    {
        var (image, unit) = DeployedSetting("DOTNET_GCConserveMemory", @"\d");

        Assert.True(image.Success, "the final image sets no DOTNET_GCConserveMemory");
        Assert.True(unit.Success, "the systemd unit sets no DOTNET_GCConserveMemory");
        Assert.NotEqual("0", image.Groups[1].Value); // 0 is the runtime's default: no compaction of the large-object heap
        Assert.Equal(image.Groups[1].Value, unit.Groups[1].Value);
    }

    // The value the final image and the systemd unit each give an environment variable (a Match that failed when unset).
    private static (Match Image, Match Unit) DeployedSetting(string name, string value) =>
        (Regex.Match(string.Join('\n', Lines), $@"{name}=({value})\b"),
         Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "insiderbot.service")), $@"(?m)^Environment={name}=({value})$"));
}
