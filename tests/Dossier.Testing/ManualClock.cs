namespace Dossier.Testing;

/// <summary>
/// A clock that says the time the test gave it, so date rules give the same answer on every run; a test of ages
/// moves it by setting <see cref="Now"/>.
/// </summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
