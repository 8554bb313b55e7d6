namespace Dossier.Links.Benchmark;

/// <summary>One measured child process: exit code, wall time, CPU seconds (user and system), peak resident memory and the end of its output.</summary>
public sealed record Measurement(int ExitCode, TimeSpan Wall, double CpuSeconds, double PeakMemoryMb, string Tail);
