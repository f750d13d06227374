using System.Text.RegularExpressions;
using InsiderBot.Cli;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary>The Dockerfile cannot be built here (no Docker engine), so every path and name it relies on is checked against the repo.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));

    [GeneratedRegex(@"^COPY\s+(?!--from)(?<sources>.+?)\s+(?<target>\S+)$")]
    private static partial Regex CopyFromContext();

    [Fact]
    public void EveryCopiedPath_ExistsInTheRepo()
    {
        var copies = Lines.Select(l => CopyFromContext().Match(l.Trim())).Where(m => m.Success).ToList();

        Assert.NotEmpty(copies);
        foreach (var source in copies.SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var path = Path.Combine(RepoPaths.Root, source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"Dockerfile copies {source}, which is not in the repo");
        }
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
    public void FinalImage_IsTheRuntimeOnly_RunsAsNonRoot_AndKeepsTheStoreOnTheVolume()
    {
        var stages = string.Join('\n', Lines).Split("\nFROM ");
        var final = stages[^1];

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", final);
        Assert.DoesNotContain("sdk", final);
        Assert.Matches(@"\nUSER (?!root)\w+", final);
        Assert.Contains("VOLUME [\"/data\"]", final);
        Assert.Contains("Store__Path=/data/", final);
        Assert.Contains("HEALTHCHECK", final);
    }
}
