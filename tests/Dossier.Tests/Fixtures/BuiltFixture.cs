using Dossier.Build;

namespace Dossier.Tests.Fixtures;

/// <summary>A fixture dossier copied and built once for a test class (<c>IClassFixture</c>), removed after it.</summary>
public abstract class BuiltFixture : IDisposable
{
    protected BuiltFixture(string name)
    {
        Site = FixtureSite.Named(name);
        Result = Site.Build();
    }

    public FixtureSite Site { get; }

    public BuildResult Result { get; }

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The small fixture: a few documents of each built-in collection.</summary>
    public sealed class Small() : BuiltFixture("small");

    /// <summary>The declared fixture: the small one with events, people and organisations declared in its dossier.yml.</summary>
    public sealed class Declared() : BuiltFixture("declared");
}
