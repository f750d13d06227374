namespace InsiderBot.Chat;

public enum ParameterKind
{
    Text,
    Integer,
    Number,
}
