using Dossier.Starter;

namespace Dossier.Tests.Workflows;

/// <summary>
/// The workflows and their scripts as one repository has them: this repository's own <c>.github</c>, or the starter's
/// as <c>dossier init</c> writes them (placeholders filled).
/// </summary>
public sealed record WorkflowSet(string Origin, IReadOnlyDictionary<string, string> Workflows, IReadOnlyDictionary<string, string> Scripts)
{
    public const string Repository = "repository";
    public const string Starter = "starter";

    public static TheoryData<string> Both => [Repository, Starter];

    public WorkflowFile File(string name) => new($"{Origin} {name}", Workflows[name]);

    public static WorkflowSet Of(string origin) => origin == Repository ? FromRepository() : FromStarter();

    private static WorkflowSet FromRepository()
    {
        var github = Path.Combine(RepositoryRoot.Path, ".github");
        return new WorkflowSet(Repository, Read(Path.Combine(github, "workflows"), "*.yml"), Read(Path.Combine(github, "scripts"), "*.sh"));
    }

    private static WorkflowSet FromStarter()
    {
        var files = StarterDossier.Files(new StarterRequest("Workflows", null, new DateOnly(2026, 12, 7), "9.8.7"));
        IReadOnlyDictionary<string, string> Under(string folder) => files
            .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))
            .ToDictionary(f => f.Path[folder.Length..], f => f.Text, StringComparer.Ordinal);
        return new WorkflowSet(Starter, Under(".github/workflows/"), Under(".github/scripts/"));
    }

    private static Dictionary<string, string> Read(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern).ToDictionary(f => Path.GetFileName(f), f => System.IO.File.ReadAllText(f).ReplaceLineEndings("\n"), StringComparer.Ordinal);
}
