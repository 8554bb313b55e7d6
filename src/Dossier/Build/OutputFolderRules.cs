using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// Refuses output folders a build must never replace: the source folder or anything that contains it,
/// content/ or themes/, the home folder, the file-system root, or a non-empty folder that is not a Dossier site.
/// </summary>
public static class OutputFolderRules
{
    public static bool Allows(string source, string output, bool force, IDiagnosticSink sink)
    {
        var src = Normalise(source);
        var dst = Normalise(output);
        var home = Normalise(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        string? problem = null;
        if (dst == Normalise(Path.GetPathRoot(dst) ?? "/") || dst == home)
        {
            problem = "it is the file-system root or your home folder";
        }
        else if (IsSameOrInside(src, dst))
        {
            problem = "it is the source folder or contains it";
        }
        else if (IsSameOrInside(dst, Normalise(Path.Combine(src, "content"))) || IsSameOrInside(dst, Normalise(Path.Combine(src, "themes"))))
        {
            problem = "it is inside content/ or themes/";
        }
        else if (Directory.Exists(dst) && Directory.EnumerateFileSystemEntries(dst).Any()
                 && !File.Exists(Path.Combine(dst, WriteSite.MarkerFile)) && !force)
        {
            problem = "it is not empty and was not written by Dossier (use --force to replace it)";
        }

        if (problem is null)
        {
            return true;
        }

        sink.Report(new Diagnostic(DiagnosticCodes.Output, Severity.Error, SourceSpan.File(output),
            $"refusing to write the site to `{output}`: {problem}", "choose another --output folder, e.g. _site"));
        return false;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or below it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
