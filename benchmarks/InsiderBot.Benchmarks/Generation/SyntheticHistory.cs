using InsiderBot.Filings;

namespace InsiderBot.Benchmarks.Generation;

/// <summary>
/// Seeded, reproducible synthetic Form 4 history drawn from the real sample's shape: Zipf-sized companies, insiders
/// with roles and routine or opportunistic habits, the sample's code mix (S, C, A, J, M, P, F, G, X), lots of several
/// rows, cluster buys and near-complete liquidations. Streams filings in filing-date order; never holds the history.
/// </summary>
public sealed class SyntheticHistory
{
    private const double RowsPerFiling = 2.45;
    private readonly HistoryShape shape;
    private readonly Random random;
    private readonly List<SyntheticCompany> companies = [];
    private readonly PriorityQueue<ScheduledFiling, int> scheduled = new();
    private readonly FilingShapes shapes;
    private long nextInsider = 1_500_000;

    public SyntheticHistory(HistoryShape shape)
    {
        this.shape = shape;
        random = new Random(shape.Seed);
        shapes = new FilingShapes(random);
        var weights = Enumerable.Range(0, shape.Companies).Select(i => 1 / Math.Pow(i + 60, 0.85)).ToList();
        var total = weights.Sum();
        var days = shape.End.DayNumber - shape.Start.DayNumber + 1;
        for (var i = 0; i < shape.Companies; i++)
        {
            var trades = shape.Transactions * weights[i] / total;
            var company = new SyntheticCompany(1_000_000 + i, Ticker(i), trades / RowsPerFiling / days, 5 + (random.NextDouble() * 200));
            var insiders = (int)Math.Clamp(4 + (Math.Sqrt(trades) / 6), 4, 60);
            for (var k = 0; k < insiders; k++) company.Insiders.Add(NewInsider(k));
            companies.Add(company);
        }
    }

    public IReadOnlyList<SyntheticCompany> Companies => companies;

    /// <summary>The largest company: the worst case for per-company work.</summary>
    public SyntheticCompany Busiest => companies[0];

    public IEnumerable<Form4Filing> Filings()
    {
        for (var day = shape.Start; day <= shape.End; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var workdayScale = 7.0 / 5;
            foreach (var company in companies)
            {
                var count = Poisson(company.FilingsPerDay * workdayScale);
                for (var n = 0; n < count; n++) yield return Ordinary(company, day);
                if (random.NextDouble() < 0.0004 * workdayScale) ScheduleCluster(company, day);
            }

            while (scheduled.TryPeek(out var next, out var due) && due <= day.DayNumber)
            {
                scheduled.Dequeue();
                yield return shapes.Build(next.Company, next.Insider, next.Trade, next.Kind, day);
            }
        }
    }

    /// <summary>
    /// New filings after the history ends, from companies picked in proportion to how often they file (20 a day). Run
    /// <see cref="Filings"/> to the end first so the insiders' holdings continue from where the history left them.
    /// </summary>
    public IEnumerable<Form4Filing> Continuation(int count)
    {
        var total = companies.Sum(c => c.FilingsPerDay);
        var day = shape.End;
        for (var n = 0; n < count; n++)
        {
            if (n % 20 == 0)
            {
                do day = day.AddDays(1);
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            }

            var roll = random.NextDouble() * total;
            var company = companies.FirstOrDefault(c => (roll -= c.FilingsPerDay) < 0) ?? companies[^1];
            yield return Ordinary(company, day);
        }
    }

    private Form4Filing Ordinary(SyntheticCompany company, DateOnly day)
    {
        var insider = company.Insiders[(int)Math.Min(company.Insiders.Count - 1, Math.Abs(SyntheticCompany.Normal(random)) * company.Insiders.Count / 2.5)];
        var tradeDay = day.AddDays(-random.Next(0, 3));
        if (insider.RoutineMonth == tradeDay.Month && random.NextDouble() < 0.6) return shapes.Build(company, insider, tradeDay, FilingKind.PlanSale, day);
        if (random.NextDouble() < 0.0015) ScheduleLiquidation(company, insider, tradeDay);
        if (random.NextDouble() < 0.004) scheduled.Enqueue(new ScheduledFiling(company, insider, tradeDay, FilingKind.Amendment), day.DayNumber + random.Next(5, 60));
        return shapes.Build(company, insider, tradeDay, shapes.PickKind(insider), day);
    }

    private void ScheduleCluster(SyntheticCompany company, DateOnly day)
    {
        var buyers = company.Insiders.OrderBy(_ => random.Next()).Take(random.Next(3, 6));
        foreach (var buyer in buyers)
        {
            var trade = day.AddDays(random.Next(0, 10));
            scheduled.Enqueue(new ScheduledFiling(company, buyer, trade, FilingKind.Purchase), trade.DayNumber + random.Next(1, 3));
        }
    }

    private void ScheduleLiquidation(SyntheticCompany company, SyntheticInsider insider, DateOnly day)
    {
        for (var k = 0; k < 3; k++)
        {
            var trade = day.AddDays(3 + (k * random.Next(3, 9)));
            scheduled.Enqueue(new ScheduledFiling(company, insider, trade, k == 2 ? FilingKind.LiquidationLast : FilingKind.LiquidationPart), trade.DayNumber + 2);
        }
    }

    private SyntheticInsider NewInsider(int index)
    {
        var role = index switch
        {
            0 => SyntheticRole.Ceo,
            1 => SyntheticRole.Cfo,
            2 => SyntheticRole.President,
            _ => random.NextDouble() switch { < 0.35 => SyntheticRole.Officer, < 0.9 => SyntheticRole.Director, _ => SyntheticRole.TenPercentOwner },
        };
        var cik = nextInsider++;
        var routine = random.NextDouble() < 0.4 ? random.Next(1, 13) : 0;
        return new SyntheticInsider(cik, $"Insider{cik} Person{index}", role, routine, Math.Round((decimal)Math.Exp(9 + (random.NextDouble() * 5))));
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    private static string Ticker(int index)
    {
        var chars = new List<char>();
        var n = index;
        do
        {
            chars.Add((char)('A' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return "Z" + new string([.. chars]);
    }
}
