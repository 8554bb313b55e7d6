using System.Globalization;

namespace Dossier.Tests.Fixtures;

/// <summary>
/// How many cases property tests run: the CI default, times <c>DOSSIER_FUZZ</c> when set — a long local
/// fuzzing pass is <c>DOSSIER_FUZZ=200 dotnet test -- --filter-trait "Kind=property"</c>.
/// </summary>
public static class FuzzScale
{
    public static long Of(long ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_FUZZ"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 1
            ? ciDefault * scale
            : ciDefault;
}
