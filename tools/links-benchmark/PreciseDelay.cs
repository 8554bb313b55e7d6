using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dossier.Links.Benchmark;

/// <summary>
/// Waits that end on time. The runtime's timers (<see cref="Task.Delay(TimeSpan)"/>) read a clock that
/// ticks every 4 ms on Linux kernels built with HZ=250, so a 50 ms delay lasted 52.3 ms on average here:
/// the hosts were slower than the benchmark says and the bound was out of any client's reach. One thread
/// sleeps with <c>nanosleep</c> until the next deadline, read from the high-resolution clock.
/// </summary>
/// <remarks>
/// Every wait has the same length, so deadlines arrive in order and a queue is enough: a new wait never
/// ends before one already queued.
/// </remarks>
public sealed class PreciseDelay : IDisposable
{
    private readonly TimeSpan _length;
    private readonly Queue<(long Due, TaskCompletionSource Done)> _waiting = new();
    private readonly Thread _thread;
    private bool _stopped;

    public PreciseDelay(TimeSpan length)
    {
        _length = length;
        _thread = new Thread(Run) { IsBackground = true, Name = "precise delay" };
        _thread.Start();
    }

    public Task WaitAsync()
    {
        if (_length <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        // Continuations run on the thread pool, never on the timing thread, so one slow handler cannot delay the rest.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var due = Stopwatch.GetTimestamp() + (long)(_length.TotalSeconds * Stopwatch.Frequency);
        lock (_waiting)
        {
            _waiting.Enqueue((due, done));
            if (_waiting.Count == 1)
            {
                Monitor.Pulse(_waiting);
            }
        }

        return done.Task;
    }

    private void Run()
    {
        var ready = new List<TaskCompletionSource>();
        while (true)
        {
            long next;
            lock (_waiting)
            {
                while (_waiting.Count == 0 && !_stopped)
                {
                    Monitor.Wait(_waiting);
                }

                if (_stopped)
                {
                    return;
                }

                var now = Stopwatch.GetTimestamp();
                while (_waiting.TryPeek(out var head) && head.Due <= now)
                {
                    ready.Add(_waiting.Dequeue().Done);
                }

                next = _waiting.TryPeek(out var first) ? first.Due - now : 0;
            }

            foreach (var done in ready)
            {
                done.TrySetResult();
            }

            ready.Clear();
            if (next > 0)
            {
                Sleep(Stopwatch.GetElapsedTime(0, next));
            }
        }
    }

    private static void Sleep(TimeSpan span)
    {
        var nanoseconds = (long)(span.TotalMilliseconds * 1_000_000);
        var request = new TimeSpec(nanoseconds / 1_000_000_000, nanoseconds % 1_000_000_000);
        // Interrupted by a signal, it returns early; the loop then simply sleeps again for what is left.
        _ = NanoSleep(ref request, IntPtr.Zero);
    }

    public void Dispose()
    {
        lock (_waiting)
        {
            _stopped = true;
            Monitor.Pulse(_waiting);
        }

        _thread.Join();
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TimeSpec(long Seconds, long Nanoseconds);

    [DllImport("libc", EntryPoint = "nanosleep")]
    private static extern int NanoSleep(ref TimeSpec request, IntPtr remaining);
}
