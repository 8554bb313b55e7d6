namespace Dossier.Diagnostics;

/// <summary>
/// Collects diagnostics from all stages (thread-safe, since stages run in parallel) and
/// hands them back in a stable order: by path, then position, then code.
/// </summary>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _items = [];

    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            // Most bags (one per parsed file) hold nothing or one: no sort to set up for them.
            if (_items.Count < 2)
            {
                return _items.Count == 0 ? [] : [_items[0]];
            }

            return _items
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
