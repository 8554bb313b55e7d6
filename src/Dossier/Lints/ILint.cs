using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>A check over the linked content graph that reports warnings, never errors.</summary>
public interface ILint
{
    void Run(ContentGraph graph, IDiagnosticSink sink);
}
