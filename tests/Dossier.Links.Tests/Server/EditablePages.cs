using System.Collections.Concurrent;

namespace Dossier.Links.Tests.Server;

/// <summary>Pages a test writes and rewrites between runs (served at <c>/editable/{id}</c>), as a publisher edits an article.</summary>
public sealed class EditablePages
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    public void Set(string id, string html) => _pages[id] = html;

    public string? Get(string id) => _pages.TryGetValue(id, out var html) ? html : null;
}
