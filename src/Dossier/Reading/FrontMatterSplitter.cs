using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Splits a file into the YAML between its opening and closing <c>---</c> lines and the Markdown after.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Returns the block, or null after reporting why the file has none.</summary>
    public static FrontMatterBlock? Split(SourceFile file, IDiagnosticSink sink)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            sink.Report(new Diagnostic(DiagnosticCodes.MissingFrontMatter, Severity.Error, new(file.RelativePath, 1, 1),
                "the file does not start with a front-matter block",
                "start the file with a line `---`, the YAML keys, then another `---` line"));
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterBlock(yaml, 2, body, i + 2);
            }
        }

        sink.Report(new Diagnostic(DiagnosticCodes.MissingFrontMatter, Severity.Error, new(file.RelativePath, 1, 1),
            "the front-matter block is never closed",
            "add a line `---` after the last front-matter key"));
        return null;
    }
}
