using InsiderBot.Benchmarks.Generation;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>A seeded sample of companies spread over every size: the generator's companies are ordered largest first.</summary>
public static class CompanySample
{
    /// <summary>One company from each of <paramref name="count"/> equal slices of the size ranking (all of them when fewer).</summary>
    public static IReadOnlyList<SyntheticCompany> Across(IReadOnlyList<SyntheticCompany> companies, int count, int seed = 9)
    {
        if (companies.Count <= count) return companies;
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(slice => companies[(int)((long)slice * companies.Count / count) + random.Next((int)(((long)(slice + 1) * companies.Count / count) - ((long)slice * companies.Count / count)))])
            .ToList();
    }
}
