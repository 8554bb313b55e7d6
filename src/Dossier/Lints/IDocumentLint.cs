using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>
/// A lint that looks at one document at a time (and, through the graph, at what its page shows of its
/// neighbours), so a rebuild checks again only documents whose page inputs changed.
/// </summary>
public interface IDocumentLint
{
    void Check(ContentGraph graph, ContentDocument document, IDiagnosticSink sink);
}
