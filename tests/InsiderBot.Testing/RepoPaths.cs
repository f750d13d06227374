namespace InsiderBot.Testing;

/// <summary>Paths inside the repository, found from the test binaries by walking up to <c>InsiderBot.sln</c>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled real Form 4 filings (<c>src/InsiderBot/SampleData</c>).</summary>
    public static string SampleData => Path.Combine(Root, "src", "InsiderBot", "SampleData");

    public static string Form4(string fileName) => Path.Combine(SampleData, "form4", fileName);

    public static string Form4Sgml(string fileName) => Path.Combine(SampleData, "form4_sgml", fileName);

    /// <summary>Fixtures copied from the shared material (<c>tests/fixtures</c>).</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InsiderBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("InsiderBot.sln not found above " + AppContext.BaseDirectory);
    }
}
