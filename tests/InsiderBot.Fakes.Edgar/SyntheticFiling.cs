using System.Globalization;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// A made-up Form 4: one open-market purchase (code P) by a director, with its accession and acceptance time, so a
/// test can publish filings that fire signals now (real filings are history and never alert).
/// </summary>
public sealed record SyntheticFiling(
    string Accession, long IssuerCik, string IssuerName, string Ticker, long OwnerCik, string OwnerName, DateOnly TradeDay, DateTimeOffset Accepted,
    decimal Shares = 10_000, decimal Price = 20)
{
    /// <summary>The primary document's name in the filing folder.</summary>
    public const string DocumentName = "form4.xml";

    public AtomFeedBuilder.Entry FeedEntry => new("4", Accession, OwnerCik, OwnerName, IssuerCik, IssuerName, Accepted);

    /// <summary>Accession <c>0009999999-YY-NNNNNN</c> for the <paramref name="sequence"/>th filing of a test.</summary>
    public static string AccessionOf(int sequence, int year = 26) =>
        string.Create(CultureInfo.InvariantCulture, $"0009999999-{year:00}-{sequence:000000}");

    public byte[] Xml()
    {
        var day = TradeDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Form4Document.Bytes(Form4Document.Document(
            periodOfReport: day,
            issuer: Form4Document.Issuer(Form4Document.Cik(IssuerCik), IssuerName, Ticker),
            owners: Form4Document.Owner(Form4Document.Cik(OwnerCik), OwnerName, officerTitle: null),
            transactions: Form4Document.Transaction("P", Form4Document.Number(Shares), Form4Document.Value(Price), "A", Form4Document.Number(Shares * 3), day),
            footnotes: "",
            signature: Form4Document.OwnerSignature(OwnerName, day)));
    }
}
