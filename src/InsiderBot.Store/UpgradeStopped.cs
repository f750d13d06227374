namespace InsiderBot.Store;

/// <summary>A layout upgrade stopped by its <see cref="UpgradePace"/> before it finished; the next open resumes it.</summary>
internal sealed class UpgradeStopped() : Exception("The store's layout upgrade stopped part-way; opening the store again resumes it.");
