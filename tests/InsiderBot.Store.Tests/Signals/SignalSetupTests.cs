using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests.Signals;

public sealed class SignalSetupTests
{
    private static ServiceProvider Services(TempDirectory folder, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)).Append(new("Store:Path", folder.File("store.db"))))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInsiderStore().BuildServiceProvider();
    }

    [Fact]
    public void The_store_evaluates_with_the_configured_thresholds()
    {
        using var folder = new TempDirectory();
        using var services = Services(folder, ("Signals:ClusterMinInsiders", "2"), ("Signals:CSuiteRoles", "Ceo, Cfo"), ("Signals:UnexplainedSaleMinValue", "500000"));
        var settings = services.GetRequiredService<InsiderStore>().SignalSettings;
        Assert.Equal(2, settings.ClusterMinInsiders);
        Assert.Equal(InsiderRole.Ceo | InsiderRole.Cfo, settings.CSuiteRoles);
        Assert.Equal(500_000m, settings.UnexplainedSaleMinValue);
        Assert.Equal(14, settings.ClusterWindowDays);
    }

    [Fact]
    public void A_threshold_out_of_range_fails_validation_naming_the_key()
    {
        using var folder = new TempDirectory();
        using var services = Services(folder, ("Signals:LiquidationMaxRemaining", "1.5"));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SignalOptions>>().Value);
        Assert.Contains("Signals:LiquidationMaxRemaining", error.Message, StringComparison.Ordinal);
    }
}
