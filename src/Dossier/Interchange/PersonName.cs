namespace Dossier.Interchange;

/// <summary>
/// An author's name split as the formats want it: family and given names, or one literal name (an organisation, a
/// single name). Dossier writes authors in reading order (<c>Shinzo Abe</c>), the surname last, as its citation style does.
/// </summary>
public sealed record PersonName(string Family, string? Given)
{
    public bool IsLiteral => Given is null;

    /// <summary>The name in reading order, as Dossier keeps it.</summary>
    public string Display => Given is null ? Family : $"{Given} {Family}";

    /// <summary>Splits a name in reading order: the last word is the family name; one word, or a comma, keeps it whole.</summary>
    public static PersonName Of(string display)
    {
        var name = display.Trim();
        var space = name.LastIndexOf(' ');
        return space <= 0 || name.Contains(',', StringComparison.Ordinal)
            ? new PersonName(name, null)
            : new PersonName(name[(space + 1)..], name[..space]);
    }

    /// <summary>Reads <c>Family, Given</c> (BibTeX, RIS); a name without a comma is taken as written.</summary>
    public static PersonName FromInverted(string inverted)
    {
        var name = inverted.Trim();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return Of(name);
        }

        var family = name[..comma].Trim();
        // "Family, Jr., Given" (BibTeX's third form) reads as "Given Family Jr."
        var rest = name[(comma + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return rest.Length switch
        {
            0 => new PersonName(family, null),
            1 => new PersonName(family, rest[0]),
            _ => new PersonName($"{family} {rest[0]}", string.Join(' ', rest[1..])),
        };
    }
}
