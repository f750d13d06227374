using System.Globalization;
using System.Text;

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

    public byte[] Xml() => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0"?>
        <ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>4</documentType><periodOfReport>{TradeDay:yyyy-MM-dd}</periodOfReport>
          <issuer><issuerCik>{IssuerCik:0000000000}</issuerCik><issuerName>{IssuerName}</issuerName><issuerTradingSymbol>{Ticker}</issuerTradingSymbol></issuer>
          <reportingOwner><reportingOwnerId><rptOwnerCik>{OwnerCik:0000000000}</rptOwnerCik><rptOwnerName>{OwnerName}</rptOwnerName></reportingOwnerId>
            <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
          <aff10b5One>0</aff10b5One>
          <nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>
            <transactionDate><value>{TradeDay:yyyy-MM-dd}</value></transactionDate><transactionCoding><transactionFormType>4</transactionFormType><transactionCode>P</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
            <transactionAmounts><transactionShares><value>{Shares}</value></transactionShares><transactionPricePerShare><value>{Price}</value></transactionPricePerShare>
            <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
            <postTransactionAmounts><sharesOwnedFollowingTransaction><value>{Shares * 3}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
            <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
          </nonDerivativeTransaction></nonDerivativeTable>
          <ownerSignature><signatureName>{OwnerName}</signatureName><signatureDate>{TradeDay:yyyy-MM-dd}</signatureDate></ownerSignature>
        </ownershipDocument>
        """));
}
