namespace Dossier.Diagnostics;

/// <summary>Where every stage reports problems; stages never throw for bad content.</summary>
public interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);
}
