namespace InsiderBot.Insights;

/// <summary>The roles an insider holds; several may hold at once ("CEO & President", "Chief Executive Officer and Director").</summary>
[Flags]
public enum InsiderRole
{
    None = 0,
    Ceo = 1,
    Cfo = 2,
    Coo = 4,
    President = 8,
    Chair = 16,
    GeneralCounsel = 32,
    OtherOfficer = 64,
    Director = 128,
    TenPercentOwner = 256,
    Other = 512,
}
