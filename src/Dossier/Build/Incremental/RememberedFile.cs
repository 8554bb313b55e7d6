using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Reading;

namespace Dossier.Build.Incremental;

/// <summary>
/// One content file as the parse stage left it: the typed document and its Markdown (null when the front
/// matter was unusable), what parsing reported, and the fingerprints of the text it was parsed from, whole and
/// of its front matter alone (what other pages show of a document comes from its front matter, never its body).
/// </summary>
public sealed record RememberedFile(
    ContentFile File,
    Fingerprint Basis,
    Fingerprint Text,
    Fingerprint FrontMatter,
    ParsedDocument? Parsed,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public ContentDocument? Document => Parsed?.Document;

    /// <summary>Whether this parse can stand for <paramref name="file"/>: same place, same text, same parse settings.</summary>
    public bool Matches(ContentFile file, Fingerprint basis) =>
        Basis == basis && File.Collection.Equals(file.Collection)
        && string.Equals(File.File.RelativePath, file.File.RelativePath, StringComparison.Ordinal)
        && string.Equals(File.File.Text, file.File.Text, StringComparison.Ordinal);
}
