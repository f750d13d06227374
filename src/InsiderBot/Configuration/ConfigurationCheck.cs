using System.ComponentModel.DataAnnotations;
using InsiderBot.Chat.Alerts;
using InsiderBot.Discord;
using InsiderBot.Edgar;
using InsiderBot.Edgar.History;
using InsiderBot.Filings;
using InsiderBot.Hosting;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Slack;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Configuration;

/// <summary>
/// Every configuration value checked before the host is built: a value of the wrong type, a mode or format that does
/// not exist, a listen address Kestrel cannot parse, then each section's own validation. Each problem is one sentence
/// that names the key and what it allows.
/// </summary>
public static class ConfigurationCheck
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (StoreOptions.Section, typeof(StoreOptions)),
        (EdgarOptions.Section, typeof(EdgarOptions)),
        (DiscordOptions.Section, typeof(DiscordOptions)),
        (SlackOptions.Section, typeof(SlackOptions)),
        (SuperinvestorOptions.Section, typeof(SuperinvestorOptions)),
        (SignalOptions.Section, typeof(SignalOptions)),
        (AlertOptions.Section, typeof(AlertOptions)),
        (WebOptions.Section, typeof(WebOptions)),
        (HistoryOptions.Section, typeof(HistoryOptions)),
        (ImportOptions.Section, typeof(ImportOptions)),
        (SplitOptions.Section, typeof(SplitOptions)),
    ];

    /// <summary>The options classes checked: every settings section of the product (a test keeps this list whole).</summary>
    public static IReadOnlyList<Type> CheckedOptions => [.. Sections.Select(s => s.Options)];

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = Sections.SelectMany(s => ConfigurationValueTypes.Problems(configuration, configuration.GetSection(s.Section), s.Options))
            .Concat(ConfigurationChoices.Problems(configuration))
            .ToList();
        if (problems.Count > 0) return problems;

        foreach (var (section, type) in Sections.Where(s => Validated(configuration, s.Section)))
        {
            var options = configuration.GetSection(section).Get(type) ?? Activator.CreateInstance(type)!;
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            problems.AddRange(results.Select(r => r.ErrorMessage).OfType<string>());
        }

        return problems;
    }

    /// <summary>Discord's and Slack's sections demand credentials, so they are validated only when that platform is configured.</summary>
    private static bool Validated(IConfiguration configuration, string section) => section switch
    {
        DiscordOptions.Section => PlatformConfiguration.DiscordConfigured(configuration),
        SlackOptions.Section => PlatformConfiguration.SlackConfigured(configuration),
        _ => true,
    };
}
