namespace Dossier.Diagnostics;

/// <summary>A stable identifier for one kind of problem, e.g. <c>DOS012 unknown-citation</c>.</summary>
public sealed record DiagnosticCode(string Id, string Name, Severity DefaultSeverity)
{
    public override string ToString() => $"{Id} {Name}";
}
