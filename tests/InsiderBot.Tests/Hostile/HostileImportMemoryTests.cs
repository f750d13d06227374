using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using InsiderBot.Testing;
using InsiderBot.Tests.Crash;

namespace InsiderBot.Tests.Hostile;

/// <summary>
/// The real bot process imports a zip bomb (10 GB of zeros in entries that say so, plus entries just under
/// <c>Import:MaxFileBytes</c> built to cost the parsers the most) and a 50 MB file: everything hostile is quarantined with
/// the cap to raise, the real filings import, and the process's peak resident set stays under the README's bound.
/// </summary>
public sealed class HostileImportMemoryTests : IDisposable
{
    /// <summary>The bound the README states for any import with the default caps.</summary>
    private const long BoundKilobytes = 256 * 1024;

    private const long Gigabyte = 1L << 30;
    private const int JustUnderTheCap = (8 << 20) - 4096;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Import_ZipBombAndFiftyMegabyteFile_QuarantinesThemAndImportsTheRestUnderTheMemoryBound()
    {
        var bomb = BuildBomb(temp.File("bomb.zip"));
        var fifty = temp.File("fifty.xml");
        WriteRepeated(fifty, "<ownershipDocument>", "<remarks>hostile</remarks>", 50L << 20);

        var (exit, output, peakKilobytes) = await RunMeasuredAsync(["import", bomb, fifty, "--store", temp.File("store.db")]);

        Assert.True(exit == 0, output);
        Assert.Contains("Imported 2 filing(s)", output);
        for (var i = 0; i < 10; i++)
            Assert.Contains($"bomb.zip!bomb/{i}.xml: the entry expands to 1 GB, larger than Import:MaxFileBytes (8 MB): not read; raise Import:MaxFileBytes to import it", output);
        Assert.Contains("fifty.xml: the file is 50 MB, larger than Import:MaxFileBytes (8 MB): not read; raise Import:MaxFileBytes to import it", output);
        Assert.Contains("bomb.zip!empty.xml: the entry is empty (0 bytes)", output);
        Assert.Contains("Quarantined: 18", output);
        Assert.True(peakKilobytes < BoundKilobytes, $"peak RSS {peakKilobytes / 1024} MB, bound {BoundKilobytes / 1024} MB\n{output}");
    }

    private string BuildBomb(string path)
    {
        var nested = temp.File("nested.zip");
        using (var zip = ZipFile.Open(nested, ZipArchiveMode.Create))
            zip.CreateEntryFromFile(RepoPaths.Form4Sgml("ARW_0001127602-25-004598.nc"), "arw.nc");

        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 10; i++) Entry(zip, $"bomb/{i}.xml", Gigabyte, _ => { });
            zip.CreateEntryFromFile(RepoPaths.Form4("TSLA_2019-05-02_0001494730-19-000001_MuskElon_P.xml"), "real/tesla.xml");
            zip.CreateEntryFromFile(nested, "real/nested.zip");
            zip.CreateEntry("empty.xml");

            // Just under the cap, each the costliest shape for one reader: read, parsed, quarantined.
            Entry(zip, "worst/zeros.xml", JustUnderTheCap, _ => { });
            Text(zip, "worst/many-elements.xml", "<ownershipDocument><documentType>4</documentType>", "<a>1</a>", "</ownershipDocument>");
            Text(zip, "worst/one-text-node.xml", "<ownershipDocument><documentType>4</documentType><x>", "aaaaaaaa", "</x></ownershipDocument>");
            Text(zip, "worst/submission.txt", "<SEC-DOCUMENT>\nCONFORMED SUBMISSION TYPE:\t4\n<DOCUMENT>\n<XML>\n<ownershipDocument><documentType>4</documentType><x>",
                "aaaaaaaa", "</x></ownershipDocument>\n</XML>\n</DOCUMENT>\n");
            const string Row = "<infoTable><nameOfIssuer>A</nameOfIssuer><cusip>1</cusip><value>1</value></infoTable>";
            Text(zip, "worst/13f-table.xml", "<informationTable>", Row, "</informationTable>");
            Text(zip, "worst/13f-submission.txt", "<SEC-DOCUMENT>\nCONFORMED SUBMISSION TYPE:\t13F-HR\n<DOCUMENT>\n<XML>\n<informationTable>",
                Row, "</informationTable>\n</XML>\n</DOCUMENT>\n");
        }

        return path;
    }

    /// <summary>An entry of <paramref name="bytes"/> zeros after what <paramref name="head"/> writes.</summary>
    private static void Entry(ZipArchive zip, string name, long bytes, Action<Stream> head)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        head(stream);
        var zeros = new byte[1 << 20];
        for (var left = bytes; left > 0; left -= zeros.Length) stream.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
    }

    /// <summary>An entry just under the cap: <paramref name="open"/>, <paramref name="unit"/> repeated, <paramref name="close"/>.</summary>
    private static void Text(ZipArchive zip, string name, string open, string unit, string close)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        Repeat(stream, open, unit, close, JustUnderTheCap);
    }

    private static void WriteRepeated(string path, string open, string unit, long bytes)
    {
        using var stream = File.Create(path);
        Repeat(stream, open, unit, "", bytes);
    }

    private static void Repeat(Stream stream, string open, string unit, string close, long bytes)
    {
        var units = (bytes - open.Length - close.Length) / unit.Length;
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(unit, 8192)));
        stream.Write(Encoding.ASCII.GetBytes(open));
        for (var left = units; left > 0; left -= 8192) stream.Write(block, 0, (int)Math.Min(8192, left) * unit.Length);
        stream.Write(Encoding.ASCII.GetBytes(close));
    }

    /// <summary>Runs the built bot with the peak-memory hook; its exit code, output and peak RSS in KB.</summary>
    private async Task<(int Exit, string Output, long PeakKilobytes)> RunMeasuredAsync(IEnumerable<string> arguments)
    {
        var peakFile = temp.File("peak-rss.txt");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = temp.Path,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(BotProcess.HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        start.Environment[StartupHook.PeakRssFileVariable] = peakFile;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var output = await stdout + await stderr;
        Assert.True(File.Exists(peakFile), $"the process did not report its peak memory\n{output}");
        var line = await File.ReadAllTextAsync(peakFile);
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (process.ExitCode, output, kilobytes);
    }
}
