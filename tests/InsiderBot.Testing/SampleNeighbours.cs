using System.Globalization;

namespace InsiderBot.Testing;

/// <summary>
/// Form 4 files beside the bundled sample, as a deployment gathers them after it was seeded: two sales by Peter Thiel
/// at Meta on the day of his exercise the sample holds, one of them sold to cover taxes on vesting (both read as the
/// exercise's sale while the sample is there), other
/// Meta directors' buys that week, and a company the sample does not hold, whose three directors (and Thiel) buy.
/// </summary>
public static class SampleNeighbours
{
    private const long Meta = 1326801;
    private const long Thiel = 1211060;
    private const long Newco = 9100001;

    private const string SellToCover = "Shares sold to cover tax withholding obligations on the vesting of restricted stock units.";

    private static readonly (long Issuer, string Name, string Ticker, long Owner, string OwnerName, string Day, string Code, decimal Shares, decimal Price, string Footnote)[] Rows =
    [
        (Meta, "Meta Platforms, Inc.", "FB", Thiel, "THIEL PETER", "2022-05-15", "S", 946, 190, ""),
        (Meta, "Meta Platforms, Inc.", "FB", Thiel, "THIEL PETER", "2022-05-15", "S", 120, 190.5m, SellToCover),
        (Meta, "Meta Platforms, Inc.", "FB", 9200002, "DOE JOHN", "2022-05-17", "P", 100, 191, ""),
        (Meta, "Meta Platforms, Inc.", "FB", 9200001, "ROE JANE", "2022-05-18", "P", 200, 185, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200011, "ALPHA ANN", "2022-12-01", "P", 5_000, 12, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200012, "BETA BOB", "2022-12-02", "P", 4_000, 12.5m, ""),
        (Newco, "Newco Holdings Inc", "NWCO", 9200013, "GAMMA GIL", "2022-12-05", "P", 3_000, 12.25m, ""),
        (Newco, "Newco Holdings Inc", "NWCO", Thiel, "THIEL PETER", "2022-12-06", "P", 10_000, 12, ""),
    ];

    /// <summary>Writes the files into <paramref name="folder"/> (created) and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Rows.Length; i++)
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"neighbour-{i:00}.xml")), Xml(Rows[i]));
        return folder;
    }

    private static string Xml((long Issuer, string Name, string Ticker, long Owner, string OwnerName, string Day, string Code, decimal Shares, decimal Price, string Footnote) r) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0"?>
            <ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>4</documentType><periodOfReport>{r.Day}</periodOfReport>
              <issuer><issuerCik>{r.Issuer:0000000000}</issuerCik><issuerName>{r.Name}</issuerName><issuerTradingSymbol>{r.Ticker}</issuerTradingSymbol></issuer>
              <reportingOwner><reportingOwnerId><rptOwnerCik>{r.Owner:0000000000}</rptOwnerCik><rptOwnerName>{r.OwnerName}</rptOwnerName></reportingOwnerId>
                <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
              <aff10b5One>0</aff10b5One>
              <nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>
                <transactionDate><value>{r.Day}</value></transactionDate><transactionCoding><transactionFormType>4</transactionFormType><transactionCode>{r.Code}</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
                <transactionAmounts><transactionShares><value>{r.Shares}</value>{(r.Footnote.Length > 0 ? "<footnoteId id=\"F1\"/>" : "")}</transactionShares><transactionPricePerShare><value>{r.Price}</value></transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>{(r.Code == "S" ? "D" : "A")}</value></transactionAcquiredDisposedCode></transactionAmounts>
                <postTransactionAmounts><sharesOwnedFollowingTransaction><value>{r.Shares * 3}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
                <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
              </nonDerivativeTransaction></nonDerivativeTable>
              {(r.Footnote.Length > 0 ? $"<footnotes><footnote id=\"F1\">{r.Footnote}</footnote></footnotes>" : "")}
              <ownerSignature><signatureName>{r.OwnerName}</signatureName><signatureDate>{r.Day}</signatureDate></ownerSignature>
            </ownershipDocument>
            """);
}
