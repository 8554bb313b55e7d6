using Dossier.Graph;
using Dossier.Health;
using Dossier.References;

namespace Dossier.Pages;

/// <summary>What every page composer reads: the linked content graph, rendered bodies and the citation style.</summary>
public sealed record PageContext(ContentGraph Graph, IReadOnlyDictionary<string, string> Bodies, ICitationStyle Style)
{
    /// <summary>The last link check of each cited URL, when a link-checker cache was given.</summary>
    public IReadOnlyDictionary<string, LinkHealth> LinkHealth { get; init; } = new Dictionary<string, LinkHealth>();

    public string BodyOf(string id) => Bodies.TryGetValue(id, out var html) ? html : "";
}
