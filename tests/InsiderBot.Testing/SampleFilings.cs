using Xunit;
using InsiderBot.Filings;

namespace InsiderBot.Testing;

/// <summary>Reads the bundled real filings for golden tests.</summary>
public static class SampleFilings
{
    public static Form4Filing Parse(string fileName)
    {
        var path = fileName.EndsWith(".txt", StringComparison.Ordinal) || fileName.EndsWith(".nc", StringComparison.Ordinal)
            ? RepoPaths.Form4Sgml(fileName)
            : RepoPaths.Form4(fileName);
        var outcome = new FilingDocumentReader().Read(File.ReadAllBytes(path), path);
        Assert.True(outcome.IsParsed, $"{fileName}: {outcome.Reason}");
        return outcome.Filing!;
    }

    public static IEnumerable<string> AllForm4Files() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4")).Order(StringComparer.Ordinal);
}
