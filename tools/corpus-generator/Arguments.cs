namespace Dossier.CorpusGenerator;

/// <summary>Command-line options: <c>--articles N --output DIR [--seed S] [--hugo DIR]</c>.</summary>
internal sealed record Arguments(int Articles, string Output, ulong Seed, string? Hugo)
{
    public const string Usage = "usage: corpus-generator --articles N --output DIR [--seed S] [--hugo DIR]";

    public static Arguments? Parse(string[] args, TextWriter error)
    {
        int? articles = null;
        string? output = null;
        string? hugo = null;
        ulong seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--articles" when int.TryParse(value, out var n) && n > 0:
                    articles = n;
                    i++;
                    break;
                case "--output" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--hugo" when value is not null:
                    hugo = value;
                    i++;
                    break;
                case "--seed" when ulong.TryParse(value, out var s):
                    seed = s;
                    i++;
                    break;
                default:
                    error.WriteLine($"corpus-generator: unexpected or invalid argument `{args[i]}`");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        if (articles is null || output is null)
        {
            error.WriteLine(Usage);
            return null;
        }

        return new Arguments(articles.Value, output, seed, hugo);
    }
}
