namespace InsiderBot.Benchmarks.Stores;

/// <summary>One tenth of an import's rows and the wall time it took.</summary>
public sealed record ImportTenth(double Rows, double Seconds)
{
    public double RowsPerSecond => Rows / Seconds;
}
