using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>
/// One content file as the parse stage made it: the typed document and its Markdown (null when the front matter was
/// unusable), and the fingerprints of the text it was parsed from, whole and of its front matter alone (what other
/// pages show of a document comes from its front matter, never its body).
/// </summary>
public sealed record ParsedFile(ContentFile File, Fingerprint Text, Fingerprint FrontMatter, ParsedDocument? Parsed)
{
    public ContentDocument? Document => Parsed?.Document;
}
