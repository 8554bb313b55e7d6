namespace Dossier.Links.Tests.Cli;

/// <summary>
/// Tests that start the command as processes (a .NET start-up each, some under a pseudo-terminal) run on their own:
/// alongside the other classes they load two cores enough to make the checker tests' 400 ms timeouts retry.
/// </summary>
[CollectionDefinition(nameof(ProcessRuns), DisableParallelization = true)]
public sealed class ProcessRuns;
