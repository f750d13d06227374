using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests.Signals;

/// <summary>
/// <c>Signals:CSuiteRoles</c> decides "C-suite" everywhere: in the signal and in the reading of each /insiders row.
/// The filing: the CFO sells half of the position, $2M, with no plan, exercise or tax to explain it.
/// </summary>
public sealed class CSuiteSettingTests
{
    private static readonly ChatOrigin Origin = new("console", "local", "console", "tester", CanManage: false);
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Insiders_DefaultCSuite_ReadsTheCfosDiscretionarySaleAsACSuiteSale()
    {
        using var t = new TestStore(Now);
        var text = await InsidersText(t);

        Assert.Contains("Discretionary sale by the CFO, 50% of the position — worth a look", text, StringComparison.Ordinal);
        Assert.Contains("Unexplained C-suite selling", text, StringComparison.Ordinal);
        Assert.Contains(t.Store.AllSignals(), s => s.Kind == SignalKind.UnexplainedCSuiteSelling);
    }

    [Fact]
    public async Task Insiders_CSuiteConfiguredAsCeoOnly_DoesNotReadTheCfosSaleAsACSuiteSale()
    {
        using var t = new TestStore(Now, signals: new SignalOptions { CSuiteRoles = InsiderRole.Ceo });
        var text = await InsidersText(t);

        Assert.DoesNotContain("by the CFO", text, StringComparison.Ordinal);
        Assert.Contains("Discretionary sale, 50% of the position — weak on its own", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexplained C-suite selling", text, StringComparison.Ordinal);
        Assert.DoesNotContain(t.Store.AllSignals(), s => s.Kind == SignalKind.UnexplainedCSuiteSelling);
    }

    private static async Task<string> InsidersText(TestStore t)
    {
        var path = Path.Combine(t.Folder, "0000000001-24-000001.xml");
        await File.WriteAllTextAsync(path, CfoSale);
        t.Ingest(path);
        var router = new ChatCommandRouter([new InsidersCommand(t.Store, t.Seeder, t.Time)], NullLogger<ChatCommandRouter>.Instance);
        return PlainTextRenderer.Render(await router.ExecuteAsync("/insiders ACME 30", Origin));
    }

    private static readonly string CfoSale = Form4Document.Document(
        issuer: Form4Document.Issuer("0001999999", "Acme Corp", "ACME"),
        owners: Form4Document.Owner("0001888888", "Doe Jane", director: false, officerTitle: "Chief Financial Officer"),
        transactions: Form4Document.Transaction("S", "50000", "<value>40.00</value>", "D", "50000"),
        footnotes: "",
        signature: Form4Document.OwnerSignature("/s/ Jane Doe", "2024-03-04"));
}
