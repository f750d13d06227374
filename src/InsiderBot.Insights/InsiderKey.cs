using InsiderBot.Filings;

namespace InsiderBot.Insights;

/// <summary>
/// Who "the insider" of a filing is for counting. A joint filing (a fund and its general partner, spouses) is one
/// insider: the first reporting owner, the filer, stands for the group.
/// </summary>
public static class InsiderKey
{
    public static long Of(Form4Filing filing) => filing.Owners[0].Cik;
}
