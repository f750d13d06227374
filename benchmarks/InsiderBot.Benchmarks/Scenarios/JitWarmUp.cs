using System.Diagnostics;
using System.Runtime;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>
/// A warm-up run until the JIT settles. Tiered compilation runs a method unoptimized first and compiles it again,
/// optimized, in the background once it has been called often enough (with dynamic PGO, an instrumented build in
/// between), so for a while after start the same call times the JIT as much as the code. A served process is past that.
/// </summary>
/// <param name="Calls">How many times the warm-up ran.</param>
/// <param name="Seconds">How long it took.</param>
/// <param name="Compiled">How many methods the runtime compiled meanwhile.</param>
public sealed record JitWarmUp(int Calls, double Seconds, long Compiled)
{
    /// <summary>Repeats <paramref name="call"/> in blocks of <paramref name="block"/> (half a second by default) until a
    /// block in which the runtime compiled no method, or until <paramref name="limit"/> (a minute) has passed.</summary>
    public static JitWarmUp Until(Action call, TimeSpan? block = null, TimeSpan? limit = null)
    {
        var (each, most) = (block ?? TimeSpan.FromMilliseconds(500), limit ?? TimeSpan.FromMinutes(1));
        var first = JitInfo.GetCompiledMethodCount();
        var watch = Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed < most)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var start = watch.Elapsed;
            do
            {
                call();
                calls++;
            }
            while (watch.Elapsed - start < each);
            if (JitInfo.GetCompiledMethodCount() == compiled) break;
        }

        return new JitWarmUp(calls, watch.Elapsed.TotalSeconds, JitInfo.GetCompiledMethodCount() - first);
    }
}
