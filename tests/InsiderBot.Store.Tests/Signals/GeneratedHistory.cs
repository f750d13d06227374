using InsiderBot.Filings;

namespace InsiderBot.Store.Tests.Signals;

/// <summary>
/// Seeded Form 4 histories for the incremental-vs-full property test: a busy company trading every few days, a quieter
/// one and a sparse one, over several years; purchases in bursts (clusters), discretionary, plan, exercise and tax
/// sales, near-complete exits (direct and indirect), class B conversions, routine insiders (same month every year),
/// quiet insiders selling near a rising high, amendments (4/A) and out-of-order arrivals.
/// </summary>
/// <remarks>With <c>splitOn</c>, company 11 splits 3-for-1 that day: its insiders' positions triple and its price thirds.</remarks>
internal sealed class GeneratedHistory(int seed, DateOnly end, int years, DateOnly? splitOn = null)
{
    public const long SplittingIssuer = 11;

    /// <summary>The day company 11's split took effect: its first trading day on or after <c>splitOn</c>.</summary>
    public DateOnly? SplitDay { get; private set; }

    private static readonly string[] Titles = ["Chief Executive Officer", "CFO", "President", "EVP Sales", "", "", "", ""];
    private readonly Random random = new(seed);
    private readonly List<(int Arrival, Form4Filing Filing)> made = [];
    private readonly Dictionary<(long, long, char), decimal> positions = [];
    private int sequence;
    private decimal high;

    /// <summary>The filings in arrival order: mostly by filing day, some late (up to two years), amendments around their originals.</summary>
    public IReadOnlyList<Form4Filing> Filings()
    {
        var start = end.AddYears(-years);
        foreach (var (issuer, everyDays, insiders) in new[] { (11L, 3, 9), (12L, 9, 6), (13L, 40, 5) })
        {
            var price = 20m + random.Next(40);
            high = price;
            var split = issuer == SplittingIssuer ? splitOn : null;
            for (var day = start; day <= end; day = day.AddDays(1 + random.Next(everyDays * 2)))
            {
                if (split is { } on && day >= on)
                {
                    Split(issuer, 3);
                    SplitDay = day;
                    price = Math.Round(price / 3, 2);
                    split = null;
                }

                price = Math.Max(2m, Math.Round(price * (1m + (random.Next(-40, 47) / 1000m)), 2));
                high = Math.Max(high, price);
                Day(issuer, insiders, day, price);
            }

            foreach (var insider in Enumerable.Range(0, 2)) Routine(issuer, 500 + insider, start, price);
        }

        return made.OrderBy(m => m.Arrival).ThenBy(m => m.Filing.Accession, StringComparer.Ordinal).Select(m => m.Filing).ToList();
    }

    private void Day(long issuer, int insiders, DateOnly day, decimal price)
    {
        var insider = 100 + (issuer * 10) + random.Next(insiders);
        switch (random.Next(20))
        {
            case < 3: // a burst of buying: a cluster forming over the next days
                foreach (var buyer in Enumerable.Range(0, 2 + random.Next(3)))
                    Emit(issuer, 100 + (issuer * 10) + random.Next(insiders), day.AddDays(random.Next(12)), [Row("P", 'A', 500 + random.Next(20) * 500, price, 'D')]);
                break;
            case < 9:
                Emit(issuer, insider, day, [Row("S", 'D', 200 + random.Next(30) * 200, price, 'D')], plan: random.Next(3) == 0 ? null : false);
                break;
            case < 11: // a sale under a 10b5-1 plan
                Emit(issuer, insider, day, [Row("S", 'D', 300 + random.Next(10) * 300, price, 'D')], plan: true);
                break;
            case < 13: // an exercise and sale; sometimes the exercise is filed apart, later
                var exercise = Row("M", 'A', 2_000, 5m, 'D', OwnershipTable.Derivative);
                var sale = Row("S", 'D', 2_000, price, 'D');
                if (random.Next(2) == 0) Emit(issuer, insider, day, [exercise, sale], plan: false);
                else
                {
                    Emit(issuer, insider, day, [sale], plan: false);
                    Emit(issuer, insider, day, [exercise], plan: false, lateBy: 5 + random.Next(60));
                }

                break;
            case < 14:
                Emit(issuer, insider, day, [Row("F", 'D', 400, price, 'D')]);
                break;
            case < 16: // a near-complete exit over a few weeks, direct or indirect
                var holding = random.Next(3) == 0 ? 'I' : 'D';
                var steps = 1 + random.Next(3);
                for (var step = 0; step < steps; step++)
                {
                    var left = Position(issuer, insider, holding);
                    var shares = step == steps - 1 ? Math.Floor(left * (0.85m + (random.Next(15) / 100m))) : Math.Floor(left * 0.4m);
                    if (shares > 0) Emit(issuer, insider, day.AddDays(step * (4 + random.Next(10))), [Row("S", 'D', shares, price, holding)], plan: false);
                }

                break;
            case < 17: // class B converted into class A, then sold
                Emit(issuer, insider, day, [Row("C", 'D', 5_000, 0m, 'D', OwnershipTable.Derivative, ownedAfter: 1_000 * random.Next(4)), Row("C", 'A', 5_000, 0m, 'D')]);
                Emit(issuer, insider, day.AddDays(random.Next(20)), [Row("S", 'D', Math.Floor(Position(issuer, insider, 'D') * 0.95m), price, 'D')], plan: false);
                break;
            case < 18 when random.Next(3) > 0: // a quiet insider (one early purchase) selling near the high years later
                var quiet = 900 + issuer;
                if (!positions.ContainsKey((issuer, quiet, 'D'))) Emit(issuer, quiet, day, [Row("P", 'A', 20_000, price, 'D')]);
                else Emit(issuer, quiet, day, [Row("S", 'D', 3_000, price * 1.5m, 'D')], plan: false);
                break;
            case < 18: // a newcomer selling high weeks after a first trade: too new for a quiet period
                var newcomer = 2_000 + (issuer * 100) + sequence;
                Emit(issuer, newcomer, day, [Row("A", 'A', 10_000, 0m, 'D')]);
                Emit(issuer, newcomer, day.AddDays(31 + random.Next(60)), [Row("S", 'D', 2_000, high * 1.6m, 'D')], plan: false);
                break;
            default:
                Emit(issuer, insider, day, [Row("A", 'A', 1_000, 0m, 'D')]);
                break;
        }
    }

    private void Split(long issuer, int ratio)
    {
        foreach (var key in positions.Keys.Where(k => k.Item1 == issuer).ToList()) positions[key] *= ratio;
        high = Math.Round(high / ratio, 2);
    }

    // Trades in the same month of every year: routine by Cohen, Malloy and Pomorski.
    private void Routine(long issuer, long insider, DateOnly start, decimal price)
    {
        for (var year = start.Year; year <= end.Year; year++)
        {
            var day = new DateOnly(year, 3, 10 + random.Next(10));
            if (day < start || day > end) continue;
            Emit(issuer, insider, day, [Row(year % 2 == 0 ? "P" : "S", year % 2 == 0 ? 'A' : 'D', 1_000, price, 'D')], plan: false);
        }
    }

    private void Emit(long issuer, long insider, DateOnly day, IReadOnlyList<GeneratedRow> rows, bool? plan = null, int lateBy = 0)
    {
        if (day > end) return;
        var transactions = rows.Select((r, i) => Transaction(issuer, insider, day, r, i + 1)).ToList();
        var title = Titles[(int)(insider % Titles.Length)];
        var filed = day.AddDays(2 + lateBy);
        var filing = Filing(issuer, insider, day, filed, "4", null, transactions, plan, title);
        var arrival = filed.DayNumber + (random.Next(10) == 0 ? random.Next(30, 730) : 0);
        made.Add((arrival, filing));
        if (random.Next(25) != 0) return;

        // An amendment: the same report with the shares restated; it may even arrive before the original.
        var restated = transactions.Select(t => t with { Shares = t.Shares + 100, SharesOwnedAfter = t.SharesOwnedAfter is { } a && t.AcquiredDisposed == 'D' ? Math.Max(0, a - 100) : t.SharesOwnedAfter }).ToList();
        var amendment = Filing(issuer, insider, day, filed.AddDays(10), "4/A", filed, restated, plan, title);
        made.Add((random.Next(4) == 0 ? arrival - 1 : arrival + 10 + random.Next(400), amendment));
    }

    private FilingTransaction Transaction(long issuer, long insider, DateOnly day, GeneratedRow r, int position)
    {
        decimal? after = r.OwnedAfter;
        if (r.Table == OwnershipTable.NonDerivative)
        {
            var key = (issuer, insider, r.Holding);
            var held = Position(issuer, insider, r.Holding);
            var now = r.Direction == 'A' ? held + r.Shares : Math.Max(0, held - r.Shares);
            positions[key] = now;
            after = now;
        }

        return new FilingTransaction
        {
            Table = r.Table,
            Position = position,
            SecurityTitle = r.Table == OwnershipTable.Derivative ? "Class B Common Stock" : "Common Stock",
            Date = day,
            Code = r.Code,
            Shares = r.Shares,
            PricePerShare = r.Price,
            AcquiredDisposed = r.Direction,
            SharesOwnedAfter = after,
            DirectOrIndirect = r.Holding,
        };
    }

    private decimal Position(long issuer, long insider, char holding) =>
        positions.TryGetValue((issuer, insider, holding), out var held) ? held : positions[(issuer, insider, holding)] = 20_000 + random.Next(40) * 5_000;

    private Form4Filing Filing(long issuer, long insider, DateOnly day, DateOnly filed, string type, DateOnly? original, IReadOnlyList<FilingTransaction> transactions, bool? plan, string title) => new()
    {
        Accession = $"0008888888-{seed % 100:00}-{++sequence:000000}",
        DocumentType = type,
        PeriodOfReport = day,
        FiledOn = filed,
        DateOfOriginalSubmission = original,
        Aff10b5One = plan,
        Issuer = new Issuer(issuer, $"Company {issuer}", $"G{issuer}"),
        Owners = [new ReportingOwner(insider, $"Person {insider}", title.Length == 0, title.Length > 0, false, false, title, "")],
        Transactions = transactions,
    };

    private static GeneratedRow Row(string code, char direction, decimal shares, decimal price, char holding, OwnershipTable table = OwnershipTable.NonDerivative, decimal? ownedAfter = null) =>
        new(code, direction, shares, price, holding, table, ownedAfter);
}
