using System.Text;
using System.Text.Json;
using InsiderBot.Testing;
using InsiderBot.Tests.Crash;

namespace InsiderBot.Tests;

/// <summary>A bad configuration value ends the bot with one log line naming the key and exit code 2, never a crash or a stack trace.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Discord = "--Discord:Token=config-test-token|--Discord:ApplicationId=1234567890";
    private const string Slack = "--Slack:BotToken=xoxb-config-test|--Slack:AppToken=xapp-config-test";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string, string, bool> BadValues => new()
    {
        { $"--Discord:Mode=banana|{Discord}", "Discord:Mode", false },
        { $"--Discord:Mode=banana|{Discord}", "Discord:Mode", true },
        { $"--Slack:Mode=banana|{Slack}", "Slack:Mode", false },
        { $"--Slack:Mode=banana|{Slack}", "Slack:Mode", true },
        { "--Web:Urls=notaurl|--Web:Enabled=true", "Web:Urls", false },
        { "--Web:Urls=notaurl|--Web:Enabled=true", "Web:Urls", true },
        { "--Web:Enabled=yes", "Web:Enabled", false },
        { "--Web:Enabled=yes", "Web:Enabled", true },
        { "--Edgar:PollInterval=5m", "Edgar:PollInterval", false },
        { "--Edgar:PollInterval=5m", "Edgar:PollInterval", true },
        { "--Logging:Format=xml", "Logging:Format", false },
        { "--Alerts:DigestThreshold=many", "Alerts:DigestThreshold", true },
        { "--Store:SeedSampleData=perhaps", "Store:SeedSampleData", false },
        { "--Signals:UnexplainedSaleMinPosition=most", "Signals:UnexplainedSaleMinPosition", true },
        { "--Superinvestors:Managers:0:Cik=berkshire", "Superinvestors:Managers:0:Cik", false },
        { $"--Discord:DeferAfter=soon|{Discord}", "Discord:DeferAfter", false },
        { "--Logging:LogLevel:Default=loud", "Logging:LogLevel:Default", true },
        { "--History:BootstrapYears=lots", "History:BootstrapYears", false },
        { "--Import:MaxFileBytes=big", "Import:MaxFileBytes", true },
    };

    [Fact]
    public void EveryOptionsSectionOfTheProduct_IsChecked()
    {
        var sections = Directory.GetFiles(AppContext.BaseDirectory, "InsiderBot*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal) && !Path.GetFileName(f).Contains(".Fakes", StringComparison.Ordinal) && !Path.GetFileName(f).Contains(".Testing", StringComparison.Ordinal))
            .Select(f => System.Reflection.Assembly.LoadFrom(f))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("Section", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static) is { IsLiteral: true } && t.Name.EndsWith("Options", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(sections, t => t.Name == "HistoryOptions"); // the search finds sections at all
        Assert.All(sections, t => Assert.Contains(t, Configuration.ConfigurationCheck.CheckedOptions));
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task BadValue_ExitsTwo_WithOneLogLineNamingTheKey_InTheConfiguredFormat(string switches, string key, bool json)
    {
        string[] format = key == "Logging:Format" ? [] : [json ? "--Logging:Format=json" : "--Logging:Format=simple"];
        string[] args = ["--store", temp.File("c.db"), .. switches.Split('|'), .. format];

        var (exit, output, error) = await BotRun.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        if (json)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Equal("Critical", entry.RootElement.GetProperty("LogLevel").GetString());
            Assert.Contains(key, entry.RootElement.GetProperty("Message").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(@"^\S+ \S+ crit: InsiderBot\.Configuration\[2\] " + System.Text.RegularExpressions.Regex.Escape(key) + @"\b.*\.$", line.TrimEnd());
        }
    }

    [Theory]
    [InlineData("--Discord:Mode=banana|" + Discord, "Discord:Mode")]
    [InlineData("--Web:Enabled=yes", "Web:Enabled")]
    [InlineData("--Edgar:PollInterval=5m", "Edgar:PollInterval")]
    [InlineData("--Web:Urls=notaurl|--Web:Enabled=true|" + Discord, "Web:Urls")]
    public async Task BadValue_InTheRealProcess_ExitsTwo_WithoutAbortOrStackTrace(string switches, string key)
    {
        var output = new StringBuilder();
        using var bot = BotProcess.Start(["--store", temp.File("p.db"), .. switches.Split('|')], output, run: 1);
        bot.CloseInput();

        await bot.WaitForExitAsync();

        Assert.Equal(2, bot.ExitCode);
        var line = Assert.Single(bot.Lines);
        Assert.Contains($"crit: InsiderBot.Configuration[2] {key}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentialsAndNoInput_SaysWhatToConfigure_AndExitsTwo()
    {
        var (exit, output, error) = await BotRun.RunAsync(["--store", temp.File("n.db")], input: "");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Discord:Token", line, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_InTheRealProcess_WithStdinAtEnd_ExitsTwo_AndAScriptedConsoleStillChats()
    {
        var output = new StringBuilder();
        using (var bot = BotProcess.Start(["--store", temp.File("e.db")], output, run: 1))
        {
            bot.CloseInput();
            await bot.WaitForExitAsync();

            Assert.Equal(2, bot.ExitCode);
            Assert.Contains("Discord:Token", Assert.Single(bot.Lines), StringComparison.Ordinal);
        }

        using (var bot = BotProcess.Start(["--store", temp.File("e.db")], output, run: 2))
        {
            await bot.TypeAsync("/explain G");
            bot.CloseInput();
            await bot.WaitForExitAsync();

            Assert.Equal(0, bot.ExitCode);
            Assert.Contains(bot.Lines, l => l.Contains("G — Gift", StringComparison.Ordinal));
        }
    }
}
