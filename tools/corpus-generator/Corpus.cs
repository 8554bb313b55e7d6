namespace Dossier.CorpusGenerator;

internal sealed record CountrySpec(string Id, string Title, string Iso3, string Capital, string Region, string Body);

internal sealed record AgreementSpec(
    string Id, string Title, string Kind, IReadOnlyList<string> Parties, string Signed, int PeriodStart, int PeriodEnd,
    string Status, IReadOnlyList<string> Citations, string Body);

internal sealed record CitationSpec(
    string Id, string Title, string? TitleEn, string? Language, string Type, string Publisher,
    IReadOnlyList<string> Authors, string Published, string Url, string Accessed, string Body);

internal sealed record ArticleSpec(
    string Id, string Title, string Summary, string Date, IReadOnlyList<string> Authors, IReadOnlyList<string> Countries,
    IReadOnlyList<string> Agreements, IReadOnlyList<string> Tags, string Body);

/// <summary>
/// The whole corpus, planned once from the seed; the Dossier and Hugo writers both render this one plan,
/// so the two sites hold the same documents, text, citations and links. Bodies use Dossier's syntax
/// (<c>[@id]</c>, <c>[[id]]</c>); the Hugo writer translates them.
/// </summary>
internal sealed class Corpus
{
    public const string Accessed = "2025-01-15";

    public required IReadOnlyList<CountrySpec> Countries { get; init; }
    public required IReadOnlyList<AgreementSpec> Agreements { get; init; }
    public required IReadOnlyList<CitationSpec> Citations { get; init; }
    public required IReadOnlyList<ArticleSpec> Articles { get; init; }

    public static Corpus Generate(int articleCount, ulong seed)
    {
        var rng = new Rng(seed);
        var names = new Names(rng);
        var text = new TextWriterKit(rng);
        var countryCount = Math.Min(articleCount / 5 + 10, 200);
        var agreementCount = Math.Max(1, articleCount / 2);
        var citationCount = 5 * articleCount;

        var countryNames = Enumerable.Range(0, countryCount).Select(_ => names.Place()).ToList();
        var countryIds = countryNames.Select(n => names.UniqueId(Names.Slug(n))).ToList();
        var articleTitles = Enumerable.Range(0, articleCount).Select(_ => text.Title()).ToList();
        var articleIds = articleTitles.Select((t, i) => names.UniqueId(Names.Slug(t))).ToList();

        var citations = Enumerable.Range(0, citationCount).Select(i => PlanCitation(i, rng, names, text)).ToList();

        var agreements = new List<AgreementSpec>(agreementCount);
        for (var i = 0; i < agreementCount; i++)
        {
            // The first party walks through all countries, so every country is party to something (no orphans).
            var parties = new List<int> { i % countryCount };
            var extra = rng.Next(1, 3);
            for (var p = 0; p < extra && parties.Count < countryCount; p++)
            {
                var c = rng.Next(countryCount);
                if (!parties.Contains(c))
                {
                    parties.Add(c);
                }
            }

            var kind = rng.Pick(Kinds);
            var title = $"{string.Join("–", parties.Take(2).Select(p => countryNames[p]))} {Names.Capitalise(kind.Replace('-', ' '))} on {Names.Capitalise(rng.Pick(Words.Adjectives))} {Names.Capitalise(rng.Pick(Words.Nouns))}";
            var id = names.UniqueId($"{countryIds[parties[0]]}-{kind}-{Names.Slug(rng.Pick(Words.Nouns))}");
            var start = rng.Next(2005, 2023);
            var cited = new[] { citations[rng.Next(citationCount)].Id };
            var body = text.ShortBody(parties.Select(p => $"[[{countryIds[p]}]]").ToList(), cited);
            agreements.Add(new AgreementSpec(id, title, kind, parties.Select(p => countryIds[p]).ToList(), $"{start - 1}-{rng.Next(1, 13):00}",
                start, start + rng.Next(1, 6), rng.Pick(Statuses), cited, body));
        }

        var countries = new List<CountrySpec>(countryCount);
        for (var i = 0; i < countryCount; i++)
        {
            var agreement = agreements[rng.Next(agreementCount)].Id;
            var body = text.ShortBody([$"[[{agreement}]]"], [citations[rng.Next(citationCount)].Id]);
            countries.Add(new CountrySpec(countryIds[i], countryNames[i], Iso3(i), names.Place(), rng.Pick(Words.Regions), body));
        }

        var articles = new List<ArticleSpec>(articleCount);
        for (var i = 0; i < articleCount; i++)
        {
            var about = new[] { rng.Next(countryCount), rng.Next(countryCount), rng.Next(countryCount) }.Distinct().Select(c => countryIds[c]).ToList();
            var listed = new[] { agreements[i / 2 % agreementCount].Id, agreements[rng.Next(agreementCount)].Id }.Distinct().ToList();
            var cites = PlanCitations(i, rng, citations);
            var links = PlanLinks(i, rng, about, listed, articleIds, articleTitles);
            var date = $"{rng.Next(2018, 2025)}-{rng.Next(1, 13):00}-{rng.Next(1, 29):00}";
            articles.Add(new ArticleSpec(articleIds[i], articleTitles[i], text.Sentence(14), date, [names.Person(), names.Person()],
                about, listed, [rng.Pick(Words.Tags), rng.Pick(Words.Tags)], text.ArticleBody(cites, links)));
        }

        return new Corpus { Countries = countries, Agreements = agreements, Citations = citations, Articles = articles };
    }

    private static readonly string[] Kinds = ["treaty", "memorandum", "roadmap", "action-plan", "programme", "dialogue", "commission", "policy", "statement"];
    private static readonly string[] Statuses = ["proposed", "signed", "in-force", "expired", "superseded"];
    private static readonly string[] Types = ["news", "web", "government", "report", "book", "journal", "pdf"];

    /// <summary>Unique three-letter codes: 7,919 is prime to 26³, so i ↦ 7,919·i mod 26³ is a bijection.</summary>
    private static string Iso3(int index)
    {
        var code = (int)((7919L * index + 1234) % (26 * 26 * 26));
        return new string([(char)('A' + code / 676), (char)('A' + code / 26 % 26), (char)('A' + code % 26)]);
    }

    private static CitationSpec PlanCitation(int index, Rng rng, Names names, TextWriterKit text)
    {
        var publisher = $"{names.Place()} {rng.Pick(Words.PublisherKinds)}";
        var year = rng.Next(2008, 2025);
        var russian = rng.Chance(0.15);
        var englishTitle = text.Title();
        var title = russian ? Names.Capitalise(string.Join(' ', Enumerable.Range(0, 5).Select(_ => rng.Pick(Words.Russian)))) : englishTitle;
        var id = names.UniqueId($"{Names.Slug(publisher.Split(' ')[0])}-{year}-{Names.Slug(rng.Pick(Words.Nouns))}");
        var authors = rng.Chance(0.6) ? new[] { names.Person() } : [];
        var published = rng.Chance(0.8) ? $"{year}-{rng.Next(1, 13):00}-{rng.Next(1, 29):00}" : $"{year}";
        var url = $"https://{Names.Slug(publisher)}.example/{year}/{id}-{index}";
        return new CitationSpec(id, title, russian ? englishTitle : null, russian ? "ru" : null, rng.Pick(Types), publisher,
            authors, published, url, Accessed, rng.Chance(0.5) ? text.Sentence(16) + "\n" : "");
    }

    /// <summary>About ten notes: the article's own five sources (so every source is used), a repeat, locators, a multi-note and two shared sources.</summary>
    private static List<string> PlanCitations(int article, Rng rng, IReadOnlyList<CitationSpec> citations)
    {
        var own = Enumerable.Range(article * 5, 5).Select(i => citations[i].Id).ToList();
        string Any() => citations[rng.Next(citations.Count)].Id;
        return
        [
            $"[@{own[0]}]", $"[@{own[1]}]", $"[@{own[2]}, p. {rng.Next(2, 300)}]", $"[@{own[3]}; @{Any()}]",
            $"[@{own[4]}]", $"[@{Any()}]", $"[@{own[0]}]", $"[@{own[1]}, pp. {rng.Next(2, 40)}–{rng.Next(41, 90)}]",
            $"[@{Any()}]", $"[@{own[2]}]",
        ];
    }

    private static List<string> PlanLinks(int article, Rng rng, IReadOnlyList<string> countries, IReadOnlyList<string> agreements,
        IReadOnlyList<string> articleIds, IReadOnlyList<string> articleTitles)
    {
        var links = new List<string> { $"[[{countries[0]}]]", $"[[{agreements[0]}]]", $"[[{countries[^1]}|the government]]" };
        links.Add(agreements.Count > 1 ? $"[[{agreements[1]}|the later agreement]]" : $"[[{agreements[0]}|the agreement]]");
        var other = articleIds.Count > 1 ? (article + 1 + rng.Next(articleIds.Count - 1)) % articleIds.Count : article;
        links.Add($"[[{articleIds[other]}]]");
        links.Add($"[[{articleIds[(article + 1) % articleIds.Count]}|{articleTitles[(article + 1) % articleIds.Count].ToLowerInvariant()}]]");
        return links;
    }
}
