using Dossier.Graph;
using Dossier.References;

namespace Dossier.Pages;

/// <summary>What every page composer reads: the linked content graph, rendered bodies and the citation style.</summary>
public sealed record PageContext(ContentGraph Graph, IReadOnlyDictionary<string, string> Bodies, ICitationStyle Style)
{
    public string BodyOf(string id) => Bodies.TryGetValue(id, out var html) ? html : "";
}
