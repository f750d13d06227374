using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>Where a SUBMISSION table keeps what the reader indexes a Form 4 by: accession, form type, filing day, issuer.</summary>
internal sealed class SubmissionColumns(int accession, int type, int filed, int issuer)
{
    public static SubmissionColumns Of(Dictionary<string, int> header) => new(
        header["ACCESSION_NUMBER"],
        header.GetValueOrDefault("DOCUMENT_TYPE", -1),
        header.GetValueOrDefault("FILING_DATE", -1),
        header.GetValueOrDefault("ISSUERCIK", -1));

    /// <summary>A Form 4 or 4/A row's accession and key (issuer 0 when unreadable); null for any other form or a short row.</summary>
    public (string Accession, FilingKey Key)? Read(List<string> fields)
    {
        if (!IsForm4(fields)) return null;
        var day = DataSetValues.Date(Field(fields, filed));
        return (fields[accession].Trim(), new FilingKey(FormValues.Cik(Field(fields, issuer)) ?? 0, day?.DayNumber ?? int.MaxValue));
    }

    /// <summary>Whether a row is a Form 4 or 4/A with an accession column, without reading its day or issuer.</summary>
    public bool IsForm4(List<string> fields) =>
        fields.Count > accession && Field(fields, type).Trim().ToUpperInvariant() is ("4" or "4/A");

    // A column the table lacks (-1) or a row too short for it reads as empty.
    private static string Field(List<string> fields, int column) => column >= 0 && fields.Count > column ? fields[column] : "";
}
