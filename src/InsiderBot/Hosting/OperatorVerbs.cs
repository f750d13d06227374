using InsiderBot.Cli;

namespace InsiderBot.Hosting;

/// <summary>
/// The verbs an operator runs against a store: in their own process when the store is free, or carried out by the
/// running bot that holds it (over its admin socket) with the operator's streams.
/// </summary>
public static class OperatorVerbs
{
    /// <summary>The verbs a running bot carries out for another process on the same host.</summary>
    public static readonly string[] Handed = ["ask", "import", "quarantine", "backfill", "backup", "sample"];

    public static bool IsHanded(string verb) => Handed.Contains(verb);

    /// <summary>Operands that name files, made absolute so that the running bot reads the operator's paths.</summary>
    public static IReadOnlyList<string> Resolve(string verb, IReadOnlyList<string> operands) => verb switch
    {
        "import" or "backup" => operands.Select(o => o.StartsWith('-') ? o : Path.GetFullPath(o)).ToList(),
        _ => operands,
    };

    public static Task<int> RunAsync(IServiceProvider services, BotConsole console, string verb, IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        T Make<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(services, console);
        return verb switch
        {
            "ask" => Make<AskVerb>().RunAsync(operands, cancellationToken),
            "import" => Make<ImportVerb>().RunAsync(operands, cancellationToken),
            "quarantine" => Make<AskVerb>().RunAsync(["/quarantine"], cancellationToken),
            "backfill" => Make<BackfillVerb>().RunAsync(operands, cancellationToken),
            "backup" => Make<BackupVerb>().RunAsync(operands, cancellationToken),
            "sample" => Make<SampleVerb>().RunAsync(operands, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, $"Not an operator verb; one of {string.Join(", ", Handed)}."),
        };
    }
}
