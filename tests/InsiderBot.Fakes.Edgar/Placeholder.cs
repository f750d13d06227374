namespace InsiderBot.Fakes.Edgar;
internal static class Placeholder;
