using Dossier.Diagnostics;

namespace Dossier.Interchange.Import;

/// <summary>What an import did: each entry's outcome in file order, and the problems found in the file.</summary>
public sealed record ImportResult(InterchangeFormat? Format, IReadOnlyList<ImportOutcome> Outcomes, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<ImportOutcome.Written> Written => Outcomes.OfType<ImportOutcome.Written>();
}
