namespace InsiderBot.Benchmarks.Generation;

public enum SyntheticRole
{
    Ceo,
    Cfo,
    President,
    Officer,
    Director,
    TenPercentOwner,
}
