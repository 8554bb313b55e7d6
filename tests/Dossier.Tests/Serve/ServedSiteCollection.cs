namespace Dossier.Tests.Serve;

/// <summary>The read-only serve tests share one server process (each start builds the bundled dossier).</summary>
[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "served bundled dossier";
}
