using InsiderBot.Import;
using InsiderBot.Store;

namespace InsiderBot.Chat;

/// <summary>
/// What a command needs of the store before it reads it (<see cref="IChatCommand.Readiness"/>): the bundled sample seeded
/// into an empty store, and, with <paramref name="signals"/>, signals computed for whatever the store holds.
/// <see cref="ChatCommandRouter"/> makes it so before it runs the command, so no command repeats the step.
/// </summary>
public sealed class StoreReadiness(StoreSeeder seeder, InsiderStore store, bool signals)
{
    public void Ensure()
    {
        seeder.EnsureSeeded();
        if (signals) store.EnsureSignals();
    }
}
