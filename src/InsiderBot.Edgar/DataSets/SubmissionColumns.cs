using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>Where a SUBMISSION table keeps what the reader indexes a Form 4 by: accession, form type, filing day, issuer.</summary>
internal sealed class SubmissionColumns
{
    private int accession;
    private int type = -1;
    private int filed = -1;
    private int issuer = -1;

    public static SubmissionColumns Of(Dictionary<string, int> header) => new()
    {
        accession = header["ACCESSION_NUMBER"],
        type = header.GetValueOrDefault("DOCUMENT_TYPE", -1),
        filed = header.GetValueOrDefault("FILING_DATE", -1),
        issuer = header.GetValueOrDefault("ISSUERCIK", -1),
    };

    /// <summary>A Form 4 or 4/A row's accession and key (issuer 0 when unreadable); null for any other form or a short row.</summary>
    public (string Accession, FilingKey Key)? Read(List<string> fields)
    {
        if (fields.Count <= accession) return null;
        if (Field(fields, type).Trim().ToUpperInvariant() is not ("4" or "4/A")) return null;
        var day = filed >= 0 && fields.Count > filed ? DataSetValues.Date(fields[filed]) : null;
        var cik = issuer >= 0 && fields.Count > issuer ? FormValues.Cik(fields[issuer]) ?? 0 : 0;
        return (fields[accession].Trim(), new FilingKey(cik, day?.DayNumber ?? int.MaxValue));
    }

    private static string Field(List<string> fields, int column) => column >= 0 && fields.Count > column ? fields[column] : "";
}
