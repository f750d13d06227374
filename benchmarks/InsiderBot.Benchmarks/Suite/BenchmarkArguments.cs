using System.Globalization;

namespace InsiderBot.Benchmarks.Suite;

/// <summary>The options after the verb: <c>--name value</c> pairs and bare <c>--flags</c>.</summary>
public sealed class BenchmarkArguments(IReadOnlyList<string> arguments)
{
    public IReadOnlyList<string> Raw => arguments;

    public long Long(string name, long fallback)
    {
        var value = Text(name);
        return value is null ? fallback : long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    public string? Text(string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name) return arguments[i + 1];
        }

        return null;
    }

    public bool Flag(string name) => arguments.Contains(name);

    /// <summary>The command that reproduces a run of <paramref name="verb"/> with these arguments.</summary>
    public string Command(string verb) =>
        $"dotnet run -c Release --project benchmarks/InsiderBot.Benchmarks -- {verb}{(arguments.Count == 0 ? "" : " " + string.Join(' ', arguments))}";
}
