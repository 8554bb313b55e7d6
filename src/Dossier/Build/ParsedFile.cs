using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>
/// One content file as the parse stage made it: the typed document and its Markdown (null when the front matter was
/// unusable), what parsing reported, the parse settings it was made under, and the fingerprints of the text it was
/// parsed from, whole and of its front matter alone (what other pages show of a document comes from its front matter,
/// never its body).
/// </summary>
public sealed record ParsedFile(
    ContentFile File,
    Fingerprint Settings,
    Fingerprint Text,
    Fingerprint FrontMatter,
    ParsedDocument? Parsed,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public ContentDocument? Document => Parsed?.Document;

    /// <summary>Whether this parse stands for <paramref name="file"/>: same place, collection and text, same parse settings.</summary>
    /// <remarks>A rebuild asks this of every file: an unchanged file's text is the same string (not read again), so
    /// comparing texts costs a reference check, where hashing them would cost a pass over every byte of the dossier.</remarks>
    public bool Stands(ContentFile file, Fingerprint settings) =>
        Settings == settings && File.Collection.Equals(file.Collection)
        && string.Equals(File.File.RelativePath, file.File.RelativePath, StringComparison.Ordinal)
        && string.Equals(File.File.Text, file.File.Text, StringComparison.Ordinal);
}
