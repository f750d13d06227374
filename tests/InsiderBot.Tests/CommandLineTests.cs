using InsiderBot.Cli;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(new[] { "--store", "x.db", "ask", "/explain P" }, "ask")]
    [InlineData(new[] { "ask", "--store", "x.db", "/explain P" }, "ask")]
    [InlineData(new[] { "ask", "/explain P", "--store=x.db" }, "ask")]
    [InlineData(new[] { "import", "a", "--store", "x.db", "b" }, "import")]
    public void Store_IsReadWhereverItStands(string[] args, string verb)
    {
        var line = BotCommandLine.Parse(args);

        Assert.Equal((verb, "x.db"), (line.Verb, line.StorePath));
        Assert.DoesNotContain("--store", line.Operands);
        Assert.DoesNotContain("x.db", line.Operands);
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsageAndExitsOne()
    {
        var (exit, output, _) = await BotRun.RunAsync(["frobnicate"]);

        Assert.Equal(1, exit);
        Assert.StartsWith("Unknown command 'frobnicate'. Use one of: run, ask, import, backfill, quarantine, backup, sample, healthcheck, help.", output);
        Assert.Contains("--store PATH", output);
    }

    [Fact]
    public async Task ConfigurationSwitch_SetsTheStorePath()
    {
        var store = temp.File("switch.db");

        var (exit, _, _) = await BotRun.RunAsync(["ask", "/explain P", $"--Store:Path={store}"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task Quarantine_ListsWhatWasSetAside()
    {
        var store = temp.File("q.db");
        File.WriteAllText(temp.File("bad.xml"), "not xml at all");
        await BotRun.RunAsync(["import", temp.File("bad.xml"), "--store", store]);

        var (exit, output, _) = await BotRun.RunAsync(["quarantine", "--store", store]);

        Assert.Equal(0, exit);
        Assert.Contains("bad.xml", output);
        Assert.Contains("the file is not XML", output);
    }
}
