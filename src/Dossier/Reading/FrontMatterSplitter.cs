using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Splits a file into the YAML between its opening and closing <c>---</c> lines and the Markdown after.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Returns the block, or null after reporting why the file has none.</summary>
    public static FrontMatterBlock? Split(SourceFile file, IDiagnosticSink sink)
    {
        // Reads line by line in place: splitting the whole file into lines would copy every body line twice.
        var text = file.Text;
        var firstEnd = text.IndexOf('\n');
        if (!(firstEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstEnd)).TrimEnd().SequenceEqual("---"))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.MissingFrontMatter, Severity.Error, new(file.RelativePath, 1, 1),
                "the file does not start with a front-matter block",
                "start the file with a line `---`, the YAML keys, then another `---` line"));
            return null;
        }

        var lineStart = firstEnd + 1;
        for (var i = 1; firstEnd >= 0; i++)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = i == 1 ? default : text.AsMemory((firstEnd + 1)..(lineStart - 1));
                return new FrontMatterBlock(yaml, 2, newline < 0 ? text.Length : newline + 1, i + 2);
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        sink.Report(new Diagnostic(DiagnosticCodes.MissingFrontMatter, Severity.Error, new(file.RelativePath, 1, 1),
            "the front-matter block is never closed",
            "add a line `---` after the last front-matter key"));
        return null;
    }
}
