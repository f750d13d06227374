namespace InsiderBot.Filings.Tests;

/// <summary>Builds small synthetic Form 4 documents for the cases the real sample lacks (a 4/A, broken files).</summary>
internal static class Form4Xml
{
    public static string Document(
        string documentType = "4",
        string issuerCik = "0000320193",
        string? originalDate = null,
        string transactions = "",
        string extraTopLevel = "",
        string owners = "") =>
        $"""
        <?xml version="1.0"?>
        <ownershipDocument>
            <schemaVersion>X0508</schemaVersion>
            <documentType>{documentType}</documentType>
            <periodOfReport>2024-03-01</periodOfReport>
            {(originalDate is null ? "" : $"<dateOfOriginalSubmission>{originalDate}</dateOfOriginalSubmission>")}
            <issuer><issuerCik>{issuerCik}</issuerCik><issuerName>Apple Inc.</issuerName><issuerTradingSymbol>AAPL</issuerTradingSymbol></issuer>
            {(owners.Length > 0 ? owners : Owner())}
            <aff10b5One>0</aff10b5One>
            {extraTopLevel}
            <nonDerivativeTable>{transactions}</nonDerivativeTable>
            <footnotes><footnote id="F1">Weighted average price.</footnote></footnotes>
            <ownerSignature><signatureName>/s/ A</signatureName><signatureDate>2024-03-04</signatureDate></ownerSignature>
        </ownershipDocument>
        """;

    public static string Owner(string cik = "0001214156", string name = "COOK TIMOTHY D", string title = "Chief Executive Officer") =>
        $"""
        <reportingOwner>
            <reportingOwnerId><rptOwnerCik>{cik}</rptOwnerCik><rptOwnerName>{name}</rptOwnerName></reportingOwnerId>
            <reportingOwnerRelationship><isDirector>1</isDirector><isOfficer>1</isOfficer><officerTitle>{title}</officerTitle></reportingOwnerRelationship>
        </reportingOwner>
        """;

    public static string Transaction(string code = "S", string shares = "1000", string price = "<value>180.50</value>", string ad = "D", string after = "9000", string date = "2024-03-01") =>
        $"""
        <nonDerivativeTransaction>
            <securityTitle><value>Common Stock</value></securityTitle>
            <transactionDate><value>{date}</value></transactionDate>
            <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>{code}</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
            <transactionAmounts>
                <transactionShares><value>{shares}</value></transactionShares>
                <transactionPricePerShare>{price}</transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>{ad}</value></transactionAcquiredDisposedCode>
            </transactionAmounts>
            <postTransactionAmounts><sharesOwnedFollowingTransaction><value>{after}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
            <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
        </nonDerivativeTransaction>
        """;

    public static byte[] Bytes(string xml) => System.Text.Encoding.UTF8.GetBytes(xml);
}
