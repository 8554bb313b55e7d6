using System.Text;

namespace Dossier.CorpusGenerator;

/// <summary>Invented proper names and the registry that keeps ids unique across all collections.</summary>
internal sealed class Names(Rng rng)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public string Place()
    {
        var builder = new StringBuilder();
        var count = rng.Next(2, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(rng.Pick(Words.Syllables));
        }

        return Capitalise(builder.ToString());
    }

    public string Person() => $"{Place()} {Place()}";

    /// <summary>Returns <paramref name="candidate"/>, or it with the first free numeric suffix; at most 80 characters.</summary>
    public string UniqueId(string candidate)
    {
        candidate = candidate.Length > 70 ? candidate[..70].TrimEnd('-') : candidate;
        if (ids.Add(candidate))
        {
            return candidate;
        }

        for (var n = 2; ; n++)
        {
            var id = $"{candidate}-{n}";
            if (ids.Add(id))
            {
                return id;
            }
        }
    }

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Lowercase a-z, 0-9 and single hyphens, starting with a letter (the id rule).</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' || (c is >= '0' and <= '9' && builder.Length > 0))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "doc" : slug;
    }
}
