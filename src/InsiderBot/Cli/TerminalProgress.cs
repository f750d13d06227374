using System.Globalization;
using InsiderBot.Edgar.Backfill;
using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Cli;

/// <summary>One self-overwriting progress line on an interactive terminal: rows, rate, filings and time left; days walked for the daily indexes.</summary>
public sealed class TerminalProgress(TextWriter writer) : IProgress<DataSetProgress>, IProgress<BackfillProgress>
{
    /// <summary>A progress line only when stderr is a terminal; redirected output stays quiet.</summary>
    public static TerminalProgress? For(BotConsole console) =>
        ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(console.Error) : null;

    public void Report(DataSetProgress value)
    {
        var seconds = Math.Max(value.Elapsed.TotalSeconds, 0.001);
        var rate = value.Filings / seconds;
        var left = value.Form4Total > value.Filings && rate > 0 ? TimeSpan.FromSeconds((value.Form4Total - value.Filings) / rate) : TimeSpan.Zero;
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{value.Rows:#,0} rows, {value.Filings:#,0}/{value.Form4Total:#,0} filings, {rate:#,0}/s, about {left:hh\\:mm\\:ss} left   "));
    }

    public void Report(BackfillProgress value) =>
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"\rdaily indexes: {value.Days:#,0}/{value.DaysTotal:#,0} days, {value.Filings:#,0} filings, {value.Elapsed:hh\\:mm\\:ss}   "));

    public void Done() => writer.WriteLine();
}
