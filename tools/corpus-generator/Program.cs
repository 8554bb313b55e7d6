using Dossier.CorpusGenerator;

// Writes a deterministic dossier (and optionally the equivalent Hugo site) for build benchmarks:
// the same --articles and --seed give byte-identical files.
var arguments = Arguments.Parse(args, Console.Error);
if (arguments is null)
{
    return 2;
}

try
{
    var corpus = Corpus.Generate(arguments.Articles, arguments.Seed);
    DossierWriter.Write(corpus, arguments.Output, OutputFolder.RepositoryRoot());
    if (arguments.Hugo is not null)
    {
        HugoWriter.Write(corpus, arguments.Hugo, OutputFolder.RepositoryRoot());
    }

    Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.Countries.Count} countries, {corpus.Agreements.Count} agreements, {corpus.Citations.Count} citations → {arguments.Output}"
        + (arguments.Hugo is null ? "" : $" and {arguments.Hugo} (Hugo)"));
    return 0;
}
catch (IOException e)
{
    Console.Error.WriteLine($"corpus-generator: {e.Message}");
    return 1;
}
