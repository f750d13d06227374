using InsiderBot.Filings;
using InsiderBot.Insights;

namespace InsiderBot.Store;

/// <summary>The trades a filing's classified transactions become: one per row, identified by accession, table and position.</summary>
internal static class StoredTrades
{
    /// <param name="today">The date of a row that gives no transaction date, period of report or filing date.</param>
    public static List<InsiderTrade> Of(Form4Filing filing, IReadOnlyList<ClassifiedTransaction> classified, string ticker, DateOnly today)
    {
        var owners = filing.Owners.Select(o => o.Name).ToList();
        var title = filing.Owners.Select(o => o.OfficerTitle).FirstOrDefault(t => t.Length > 0) ?? "";
        var insider = InsiderKey.Of(filing);
        return classified.Select(c => new InsiderTrade
        {
            Id = $"{filing.Accession}:{(c.Transaction.IsDerivative ? 'D' : 'N')}{c.Transaction.Position}",
            Accession = filing.Accession,
            IssuerCik = filing.Issuer.Cik,
            IssuerName = filing.Issuer.Name,
            Ticker = ticker,
            InsiderCik = insider,
            InsiderName = owners[0],
            OwnerNames = owners,
            OfficerTitle = title,
            Date = c.Transaction.Date ?? filing.PeriodOfReport ?? filing.FiledOn ?? today,
            FiledOn = filing.FiledOn,
            AcceptedAt = filing.AcceptedAt,
            DocumentType = filing.DocumentType,
            Code = c.Transaction.Code,
            Table = c.Transaction.Table,
            Position = c.Transaction.Position,
            SecurityTitle = c.Transaction.SecurityTitle,
            AcquiredDisposed = c.Transaction.AcquiredDisposed,
            DirectOrIndirect = c.Transaction.DirectOrIndirect,
            Shares = c.Transaction.Shares,
            Price = c.Transaction.PricePerShare,
            OwnedAfter = c.Transaction.SharesOwnedAfter,
            Classification = c.Classification,
        }).ToList();
    }
}
