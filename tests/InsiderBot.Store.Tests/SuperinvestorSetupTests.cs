using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

public sealed class SuperinvestorSetupTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSuperinvestors().BuildServiceProvider();
    }

    [Fact]
    public void The_confluence_age_limit_defaults_to_two_quarters_past_the_filing_deadline_and_binds_from_config()
    {
        using var defaults = Services();
        Assert.Equal(225, defaults.GetRequiredService<IOptions<SuperinvestorOptions>>().Value.ConfluenceMaxAgeDays);
        using var configured = Services(("Superinvestors:ConfluenceMaxAgeDays", "300"));
        Assert.Equal(300, configured.GetRequiredService<IOptions<SuperinvestorOptions>>().Value.ConfluenceMaxAgeDays);
    }

    [Theory]
    [InlineData("45")]
    [InlineData("5000")]
    public void A_confluence_age_limit_out_of_range_fails_validation_naming_the_key(string days)
    {
        using var services = Services(("Superinvestors:ConfluenceMaxAgeDays", days));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SuperinvestorOptions>>().Value);
        Assert.Contains("Superinvestors:ConfluenceMaxAgeDays", error.Message, StringComparison.Ordinal);
    }
}
