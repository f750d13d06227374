using System.Globalization;
using InsiderBot.Filings;

namespace InsiderBot.Benchmarks.Generation;

/// <summary>Turns one generated decision into a <see cref="Form4Filing"/> with consistent holdings and lots.</summary>
internal sealed class FilingShapes(Random random)
{
    private static readonly (FilingKind Kind, int Weight)[] Mix =
    [
        (FilingKind.Sale, 38), (FilingKind.ExerciseAndSale, 8), (FilingKind.Grant, 16), (FilingKind.Conversion, 6),
        (FilingKind.Other, 10), (FilingKind.Purchase, 4), (FilingKind.TaxWithholding, 10), (FilingKind.Gift, 4),
    ];

    /// <summary>
    /// Changes whenever what the generator writes changes, so that data sets written before are generated again. 2: an
    /// award is either stock (Table I) or options (Table II, on the option line); before, a stock award also added
    /// options that no row reported, so the option line jumped between exercises.
    /// </summary>
    public const int Revision = 2;

    private long sequence;

    public FilingKind PickKind(SyntheticInsider insider)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if (roll < weight) return kind == FilingKind.Conversion && insider.ClassB <= 0 ? FilingKind.Other : kind;
            roll -= weight;
        }

        return FilingKind.Sale;
    }

    public Form4Filing Build(SyntheticCompany company, SyntheticInsider insider, DateOnly trade, FilingKind kind, DateOnly filed)
    {
        var price = company.PriceOn(filed, random);
        var rows = new List<FilingTransaction>();
        switch (kind)
        {
            case FilingKind.Sale or FilingKind.PlanSale or FilingKind.Amendment:
                Sell(rows, insider, trade, price, insider.Shares * (decimal)(0.02 + (random.NextDouble() * 0.1)), random.Next(1, 7));
                break;
            case FilingKind.LiquidationPart or FilingKind.LiquidationLast:
                Sell(rows, insider, trade, price, kind == FilingKind.LiquidationLast ? insider.Shares * 0.97m : insider.Shares * 0.45m, random.Next(1, 4));
                break;
            case FilingKind.ExerciseAndSale:
                var exercised = Math.Max(100, Math.Round(insider.Options * 0.2m));
                insider.Options = Math.Max(0, insider.Options - exercised);
                rows.Add(Row(OwnershipTable.Derivative, rows.Count, trade, "M", 'D', exercised, 0, insider.Options, "Stock Option (right to buy)"));
                insider.Shares += exercised;
                rows.Add(Row(OwnershipTable.NonDerivative, rows.Count, trade, "M", 'A', exercised, Math.Round(price * 0.4m, 2), insider.Shares));
                Sell(rows, insider, trade, price, exercised, random.Next(1, 4));
                break;
            case FilingKind.Conversion:
                var converted = Math.Round(insider.ClassB * 0.3m);
                insider.ClassB -= converted;
                rows.Add(Row(OwnershipTable.Derivative, rows.Count, trade, "C", 'D', converted, 0, insider.ClassB, "Class B Common Stock"));
                insider.Shares += converted;
                rows.Add(Row(OwnershipTable.NonDerivative, rows.Count, trade, "C", 'A', converted, 0, insider.Shares));
                Sell(rows, insider, trade, price, Math.Round(converted * 0.8m), random.Next(1, 3));
                break;
            case FilingKind.Purchase:
                Acquire(rows, insider, trade, "P", price, Math.Round((decimal)(2_000 + (random.NextDouble() * 40_000))), random.Next(1, 3));
                break;
            default:
                var code = kind switch { FilingKind.Grant => "A", FilingKind.TaxWithholding => "F", FilingKind.Gift => "G", _ => "J" };
                var shares = Math.Round(insider.Shares * (decimal)(0.005 + (random.NextDouble() * 0.03))) + 10;
                if (code is "F" or "G")
                {
                    Sell(rows, insider, trade, code == "F" ? price : 0, shares, 1, code);
                }
                else if (code == "A" && random.Next(2) == 0)
                {
                    // An option award is reported in Table II on the option line, so the line moves only where a row says so.
                    insider.Options += shares;
                    rows.Add(Row(OwnershipTable.Derivative, rows.Count, trade, "A", 'A', shares, 0, insider.Options, "Stock Option (right to buy)"));
                }
                else
                {
                    Acquire(rows, insider, trade, code, code == "A" ? 0 : price, shares, random.Next(1, 3));
                }

                break;
        }

        return Filing(company, insider, trade, filed, kind, rows);
    }

    private void Sell(List<FilingTransaction> rows, SyntheticInsider insider, DateOnly day, decimal price, decimal total, int lots, string code = "S")
    {
        total = Math.Min(Math.Round(total), insider.Shares);
        for (var lot = 0; lot < lots && total > 0; lot++)
        {
            var shares = lot == lots - 1 ? total : Math.Round(total / (lots - lot));
            total -= shares;
            insider.Shares -= shares;
            var lotPrice = price == 0 ? 0 : Math.Round(price * (decimal)(1 + ((random.NextDouble() - 0.5) * 0.01)), 2);
            rows.Add(Row(OwnershipTable.NonDerivative, rows.Count, day, code, 'D', shares, lotPrice, insider.Shares));
        }
    }

    private void Acquire(List<FilingTransaction> rows, SyntheticInsider insider, DateOnly day, string code, decimal price, decimal total, int lots)
    {
        for (var lot = 0; lot < lots; lot++)
        {
            var shares = Math.Round(total / lots);
            insider.Shares += shares;
            rows.Add(Row(OwnershipTable.NonDerivative, rows.Count, day, code, 'A', shares, price, insider.Shares));
        }
    }

    private static FilingTransaction Row(OwnershipTable table, int index, DateOnly day, string code, char ad, decimal shares, decimal price, decimal after, string title = "Common Stock") => new()
    {
        Table = table,
        Position = index + 1,
        SecurityTitle = title,
        Date = day,
        FormType = "4",
        Code = code,
        Shares = shares,
        PricePerShare = price,
        AcquiredDisposed = ad,
        SharesOwnedAfter = after,
        DirectOrIndirect = 'D',
        UnderlyingShares = table == OwnershipTable.Derivative ? shares : null,
        UnderlyingSecurityTitle = table == OwnershipTable.Derivative ? "Common Stock" : "",
    };

    private Form4Filing Filing(SyntheticCompany company, SyntheticInsider insider, DateOnly trade, DateOnly filed, FilingKind kind, List<FilingTransaction> rows)
    {
        sequence++;
        var amendment = kind == FilingKind.Amendment;
        var planned = kind == FilingKind.PlanSale;
        var title = insider.Role switch { SyntheticRole.Ceo => "Chief Executive Officer", SyntheticRole.Cfo => "Chief Financial Officer", SyntheticRole.President => "President", SyntheticRole.Officer => "EVP Operations", _ => "" };
        var officer = title.Length > 0;
        return new Form4Filing
        {
            Accession = string.Create(CultureInfo.InvariantCulture, $"{9_000_000_000 + (sequence / 1_000_000):D10}-{filed.Year % 100:D2}-{sequence % 1_000_000:D6}"),
            DocumentType = amendment ? "4/A" : "4",
            SchemaVersion = "X0508",
            PeriodOfReport = trade,
            DateOfOriginalSubmission = null,
            FiledOn = filed,
            AcceptedAt = new DateTimeOffset(filed.ToDateTime(new TimeOnly(16, 30)), TimeSpan.Zero),
            Aff10b5One = filed.Year >= 2023 ? planned : null,
            Issuer = new Issuer(company.Cik, company.Name, company.Ticker),
            Owners = [new ReportingOwner(insider.Cik, insider.Name, insider.Role == SyntheticRole.Director, officer, insider.Role == SyntheticRole.TenPercentOwner, false, title, "")],
            Transactions = rows,
            Footnotes = planned && filed.Year < 2023 ? [new Footnote("F1", "The sales were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person.")] : [],
            Source = "synthetic",
        };
    }
}
