using System.Globalization;
using System.Reflection;

namespace InsiderBot.Configuration;

/// <summary>
/// Walks an options class's properties and converts each configured value the way the configuration binder does, so
/// that a word given to a bool, number or duration key is reported by key instead of failing the binder later.
/// </summary>
internal static class ConfigurationValueTypes
{
    public static IEnumerable<string> Problems(IConfiguration root, IConfigurationSection section, Type options)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            foreach (var problem in ValueProblems(root, section.GetSection(property.Name), property.PropertyType))
                yield return problem;
        }
    }

    private static IEnumerable<string> ValueProblems(IConfiguration root, IConfigurationSection section, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string)) return [];
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
            return section.GetChildren().SelectMany(item => ValueProblems(root, item, target.GetGenericArguments()[0]));
        if (section.Value is { } value) return Converts(root, section.Path, type) ? [] : [$"{section.Path} is '{value}', but it must be {Allowed(target)}."];
        return target.IsClass ? Problems(root, section, target) : [];
    }

    private static bool Converts(IConfiguration root, string key, Type type)
    {
        try
        {
            root.GetValue(type, key);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Allowed(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(double) => "a number such as 0.25 (a dot for decimals)",
        _ when type == typeof(TimeSpan) => "a duration written [days.]hh:mm:ss, e.g. 00:05:00 for five minutes",
        { IsEnum: true } => "one or more of " + string.Join(", ", Enum.GetNames(type)) + ", separated by commas",
        _ => string.Create(CultureInfo.InvariantCulture, $"a {type.Name}"),
    };
}
