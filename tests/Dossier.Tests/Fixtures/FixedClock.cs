namespace Dossier.Tests.Fixtures;

/// <summary>A clock that always says the same time, so date rules give the same answer on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
