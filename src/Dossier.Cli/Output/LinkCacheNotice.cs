using System.Globalization;
using Dossier.Cli.Commands;
using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>
/// The line a build prints about the link cache it showed readers (path, URLs, age of the newest check), so a deployment's
/// log says what the published link health rests on. A stale or unreadable cache is a warning (an annotation under GitHub
/// Actions) but never fails the build: the site is still worth publishing without it.
/// </summary>
internal static class LinkCacheNotice
{
    /// <summary>Older than two weekly link checks: the scheduled check has stopped running or stopped saving its cache.</summary>
    public const int StaleAfterDays = 14;

    public static void Print(LinkCacheReading reading, DateTimeOffset now, bool quiet, bool annotate, TextWriter output, TextWriter error)
    {
        if (reading.Problem is { } problem)
        {
            Warn($"{reading.Path}: warning: the link cache was not read, so link health is not shown: {problem}",
                $"the link cache was not read, so the site shows no link health: {problem}");
            return;
        }

        if (!reading.Found || reading.NewestCheck is not { } newest)
        {
            var what = reading.Found ? $"Link cache {reading.Path} holds no checked URL" : $"No link cache at {reading.Path}";
            Say($"{what}: the site shows no link health (`dossier links` makes one).");
            if (annotate)
            {
                error.WriteLine(WorkflowCommand.Of("notice", [("title", "Link cache")], $"{what}: the site shows no link health."));
            }

            return;
        }

        var day = newest.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = (now.UtcDateTime.Date - newest.UtcDateTime.Date).Days;
        var urls = reading.Entries == 1 ? "1 URL" : $"{reading.Entries} URLs";
        Say($"Link health from {reading.Path}: {urls}, newest check {day} ({Ago(days)}).");
        if (days > StaleAfterDays)
        {
            Warn($"{reading.Path}: warning: the link cache is {days} days old: the site shows link health as of {day}; run `dossier links`",
                $"the link cache is {days} days old: the site shows link health as of {day} (is the scheduled link check running?)");
        }

        void Say(string line)
        {
            if (!quiet)
            {
                output.WriteLine(line);
            }
        }

        void Warn(string line, string annotation)
        {
            error.WriteLine(line);
            if (annotate)
            {
                error.WriteLine(WorkflowCommand.Of("warning", [("title", "Link cache")], annotation));
            }
        }
    }

    private static string Ago(int days) => days switch
    {
        <= 0 => "today",
        1 => "1 day ago",
        _ => $"{days} days ago",
    };
}
