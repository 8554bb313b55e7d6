using Dossier.Graph;
using Dossier.Markdown;

namespace Dossier.Build;

/// <summary>
/// What linking resolved for one document: the ids it mentions (in its fields and wiki links, itself left out), what
/// its body resolves to (note numbers, wiki-link targets), its notes, and every id it names (mentions and cited sources).
/// </summary>
internal sealed record DocumentLinks(
    IReadOnlySet<string> Mentions, ResolvedBody Resolved, IReadOnlyList<Note> Notes, IReadOnlyList<string> Names);
