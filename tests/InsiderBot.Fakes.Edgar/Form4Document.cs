using System.Globalization;
using System.Text;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// The one builder of made-up Form 4 XML, for the cases real filings lack (a 4/A, broken files, filings that fire
/// signals now). It composes from parts, so a test names only what it varies; the defaults are a sale by Apple's CEO.
/// It lives in the fake EDGAR, which references nothing, so the fake and every test project can share it.
/// </summary>
public static class Form4Document
{
    /// <summary>The whole <c>ownershipDocument</c>; an empty <paramref name="issuer"/> or <paramref name="owners"/> is the default one.</summary>
    /// <param name="aff10b5One">The Rule 10b5-1 box; null leaves the element out.</param>
    /// <param name="footnotes"><see cref="Footnote"/>s; empty leaves the <c>footnotes</c> element out.</param>
    /// <param name="signature">An <see cref="OwnerSignature"/>; empty leaves it out (the signature date stands in for a missing header's filing date).</param>
    public static string Document(
        string documentType = "4",
        string periodOfReport = "2024-03-01",
        string? originalDate = null,
        string issuer = "",
        string owners = "",
        bool? aff10b5One = false,
        string extraTopLevel = "",
        string transactions = "",
        string? footnotes = null,
        string? signature = null) =>
        $"""
        <?xml version="1.0"?>
        <ownershipDocument>
            <schemaVersion>X0508</schemaVersion>
            <documentType>{documentType}</documentType>
            <periodOfReport>{periodOfReport}</periodOfReport>
            {(originalDate is null ? "" : $"<dateOfOriginalSubmission>{originalDate}</dateOfOriginalSubmission>")}
            {(issuer.Length > 0 ? issuer : Issuer())}
            {(owners.Length > 0 ? owners : Owner())}
            {(aff10b5One is { } plan ? $"<aff10b5One>{(plan ? 1 : 0)}</aff10b5One>" : "")}
            {extraTopLevel}
            <nonDerivativeTable>{transactions}</nonDerivativeTable>
            {((footnotes ?? Footnote("F1", "Weighted average price.")) is { Length: > 0 } notes ? $"<footnotes>{notes}</footnotes>" : "")}
            {signature ?? OwnerSignature("/s/ A", "2024-03-04")}
        </ownershipDocument>
        """;

    public static string Issuer(string cik = "0000320193", string name = "Apple Inc.", string ticker = "AAPL") =>
        $"<issuer><issuerCik>{cik}</issuerCik><issuerName>{name}</issuerName><issuerTradingSymbol>{ticker}</issuerTradingSymbol></issuer>";

    /// <summary>One reporting owner; a null <paramref name="officerTitle"/> means not an officer.</summary>
    public static string Owner(string cik = "0001214156", string name = "COOK TIMOTHY D", bool director = true, string? officerTitle = "Chief Executive Officer") =>
        $"""
        <reportingOwner>
            <reportingOwnerId><rptOwnerCik>{cik}</rptOwnerCik><rptOwnerName>{name}</rptOwnerName></reportingOwnerId>
            <reportingOwnerRelationship>{(director ? "<isDirector>1</isDirector>" : "")}{(officerTitle is null ? "" : $"<isOfficer>1</isOfficer><officerTitle>{officerTitle}</officerTitle>")}</reportingOwnerRelationship>
        </reportingOwner>
        """;

    /// <summary>
    /// One non-derivative row. <paramref name="price"/> is the inner XML of the price, so a test can give a footnote
    /// instead of a value; <paramref name="sharesFootnote"/> marks the share count with a footnote id.
    /// <paramref name="fullCoding"/> writes the form type and equity-swap flag beside the code, as EDGAR's files do.
    /// </summary>
    public static string Transaction(
        string code = "S", string shares = "1000", string price = "<value>180.50</value>", string ad = "D", string after = "9000",
        string date = "2024-03-01", string security = "Common Stock", string? sharesFootnote = null, bool fullCoding = true) =>
        $"""
        <nonDerivativeTransaction>
            <securityTitle><value>{security}</value></securityTitle>
            <transactionDate><value>{date}</value></transactionDate>
            <transactionCoding>{(fullCoding ? "<transactionFormType>4</transactionFormType>" : "")}<transactionCode>{code}</transactionCode>{(fullCoding ? "<equitySwapInvolved>0</equitySwapInvolved>" : "")}</transactionCoding>
            <transactionAmounts>
                <transactionShares><value>{shares}</value>{(sharesFootnote is null ? "" : $"<footnoteId id=\"{sharesFootnote}\"/>")}</transactionShares>
                <transactionPricePerShare>{price}</transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>{ad}</value></transactionAcquiredDisposedCode>
            </transactionAmounts>
            <postTransactionAmounts><sharesOwnedFollowingTransaction><value>{after}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
            <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
        </nonDerivativeTransaction>
        """;

    /// <summary>A price (or any amount) as the <c>value</c> element EDGAR writes, in invariant digits.</summary>
    public static string Value(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"<value>{amount}</value>");

    /// <summary>An amount in invariant digits, for the share and holding fields.</summary>
    public static string Number(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>A CIK in the ten digits EDGAR writes.</summary>
    public static string Cik(long cik) => cik.ToString("0000000000", CultureInfo.InvariantCulture);

    public static string Footnote(string id, string text) => $"<footnote id=\"{id}\">{text}</footnote>";

    public static string OwnerSignature(string name, string date) =>
        $"<ownerSignature><signatureName>{name}</signatureName><signatureDate>{date}</signatureDate></ownerSignature>";

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
