namespace Dossier.Links.Tests;

/// <summary>A clock the test sets by hand, for cache ages.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
