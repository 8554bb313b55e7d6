using Dossier.Diagnostics;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;

namespace Dossier.Interchange;

/// <summary>Which format a file is in (by its extension, else by its content) and its entries read by that format's reader.</summary>
public static class InterchangeFile
{
    public static InterchangeFormat Detect(string path, string text)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".bib" or ".bibtex" or ".biblatex":
                return InterchangeFormat.BibTeX;
            case ".ris":
                return InterchangeFormat.Ris;
            case ".json" or ".csljson":
                return InterchangeFormat.CslJson;
        }

        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('[') || start.StartsWith('{'))
        {
            return InterchangeFormat.CslJson;
        }

        return start.StartsWith("TY ", StringComparison.Ordinal) ? InterchangeFormat.Ris : InterchangeFormat.BibTeX;
    }

    public static IReadOnlyList<InterchangeEntry> Read(InterchangeFormat format, string path, string text, IDiagnosticSink sink) => format switch
    {
        InterchangeFormat.Ris => RisReader.Read(path, text, sink),
        InterchangeFormat.CslJson => CslJsonReader.Read(path, text, sink),
        _ => BibTeXReader.Read(path, text, sink),
    };

    public static string NameOf(InterchangeFormat format) => format switch
    {
        InterchangeFormat.Ris => "RIS",
        InterchangeFormat.CslJson => "CSL-JSON",
        _ => "BibTeX",
    };
}
