using Dossier.Diagnostics;
using Dossier.InternalLinks;

namespace Dossier.Build.Incremental;

/// <summary>
/// The last check of internal links: the pages and other files it checked against, the targets made of them, and what
/// it found.
/// </summary>
public sealed record RememberedLinkCheck(
    IReadOnlyList<ScannedPage> Pages, IReadOnlyList<string> OtherFiles, LinkTargets Targets, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Whether <paramref name="pages"/> and <paramref name="otherFiles"/> make the same targets: the same files in the same
    /// order, each page with the same ids. Compared in place, not hashed: a kept page is the same object and a kept
    /// file's path the same string, so after an edit the comparison is a walk of references, not of 20,000 paths' text.
    /// </summary>
    public bool HasTargets(IReadOnlyList<ScannedPage> pages, IReadOnlyList<string> otherFiles)
    {
        if (pages.Count != Pages.Count || otherFiles.Count != OtherFiles.Count)
        {
            return false;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var (was, now) = (Pages[i], pages[i]);
            if (!ReferenceEquals(was, now) && !(string.Equals(was.File, now.File, StringComparison.Ordinal) && was.IdsFingerprint == now.IdsFingerprint))
            {
                return false;
            }
        }

        for (var i = 0; i < otherFiles.Count; i++)
        {
            if (!string.Equals(OtherFiles[i], otherFiles[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
