using System.Diagnostics;
using System.Runtime;

namespace Dossier.Links.Benchmark;

/// <summary>
/// The line a measured client prints when it is done, which the benchmark reads back (<see cref="ClientRun"/>):
/// how long checking took, when it began (a <see cref="Stopwatch"/> timestamp, the same clock in every process on
/// Linux, so the hosts can say when the first request reached them), its rounds and the methods compiled meanwhile.
/// </summary>
public sealed class ClientLine
{
    private readonly int _compiled = (int)JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _compiling = JitInfo.GetCompilationTime();

    public long Began { get; } = Stopwatch.GetTimestamp();

    public string Finish(int urls, string outcome, Rounds rounds)
    {
        var elapsed = Stopwatch.GetElapsedTime(Began);
        var compiled = JitInfo.GetCompiledMethodCount() - _compiled;
        var compiling = (JitInfo.GetCompilationTime() - _compiling).TotalMilliseconds;
        return $"checked {urls} URLs in {elapsed.TotalSeconds:0.000} s: {outcome}; began {Began}{rounds}; compiled {compiled} methods in {compiling:0} ms";
    }
}
