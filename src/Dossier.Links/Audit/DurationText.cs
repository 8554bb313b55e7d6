using System.Globalization;

namespace Dossier.Links.Audit;

/// <summary>Durations as written on the command line and in <c>dossier.yml</c>: <c>7d</c>, <c>12h</c>, <c>30m</c>, <c>20s</c>, <c>500ms</c>.</summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim().ToLowerInvariant();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1)];
        foreach (var (suffix, seconds) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(value[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                && amount >= 0)
            {
                duration = TimeSpan.FromSeconds(amount * seconds);
                return true;
            }
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }
}
