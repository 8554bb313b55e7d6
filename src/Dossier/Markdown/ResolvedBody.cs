using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;

namespace Dossier.Markdown;

/// <summary>
/// What linking resolved in one body, kept beside its parse and never written into the Markdown nodes (so a parse
/// kept from an earlier build is linked again as it was made): each cite's note number and each wiki link's target.
/// </summary>
public sealed class ResolvedBody(IReadOnlyDictionary<CiteKeyInline, int> notes, IReadOnlyDictionary<WikiLinkInline, LinkedTarget> targets)
{
    /// <summary>No wiki link resolved (read-only, shared).</summary>
    public static IReadOnlyDictionary<WikiLinkInline, LinkedTarget> NoTargets { get; } = new Dictionary<WikiLinkInline, LinkedTarget>();

    /// <summary>Nothing resolved: cites and wiki links show as written.</summary>
    public static ResolvedBody None { get; } = new(new Dictionary<CiteKeyInline, int>(), NoTargets);

    /// <summary>The note a cite is numbered as, or 0 when it cites nothing that exists.</summary>
    public int NoteNumberOf(CiteKeyInline cite) => notes.TryGetValue(cite, out var number) ? number : 0;

    /// <summary>The page a wiki link leads to, or null when it does not resolve.</summary>
    public LinkedTarget? TargetOf(WikiLinkInline link) => targets.TryGetValue(link, out var target) ? target : null;

    /// <summary>What a reader reads for a wiki link: its label, else its target's title, else the id as written.</summary>
    public string TextOf(WikiLinkInline link) => link.Label ?? TargetOf(link)?.Title ?? link.Target;
}
