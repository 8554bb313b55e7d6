namespace Dossier.Tests.Workflows;

/// <summary>How a workflow script ended: its exit code and output, each <c>gh</c> call it made and the last body file it passed.</summary>
public sealed record ScriptOutcome(int ExitCode, string Stdout, string Stderr, IReadOnlyList<string> GhCalls, string? Body);
