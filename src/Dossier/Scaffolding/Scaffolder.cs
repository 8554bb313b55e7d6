using System.Text;
using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Lints;
using Dossier.Reading;

namespace Dossier.Scaffolding;

/// <summary>
/// <c>dossier new</c>: checks a new document against the rules <c>dossier check</c> applies (a valid id unused in any
/// collection, an http(s) URL, an unused ISO code, parties that are countries) and writes a skeleton that passes
/// it unchanged. Refuses, writing nothing, when any rule fails or the file already exists.
/// </summary>
public static partial class Scaffolder
{
    public static ScaffoldResult Create(string root, NewDocumentRequest request, TimeProvider clock)
    {
        var id = request.Id;
        if (DocumentId.Problem(id) is { } problem)
        {
            var suggestion = DocumentId.Suggest(id) is { } s ? $"; try `{s}`" : "";
            return ScaffoldResult.Refused($"`{id}` is not a valid id: {problem}. An id becomes the file name: {DocumentId.Rule}{suggestion}");
        }

        var relative = $"content/{CollectionFolders.Of(request.Collection)}/{id}.md";
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            return AlreadyExists(relative);
        }

        var existing = ExistingContent.Read(root);
        if (existing.PathsById.TryGetValue(id, out var used))
        {
            return ScaffoldResult.Refused($"the id `{id}` is already used by {used}; ids are unique across all collections, ignoring case: choose another id");
        }

        if (request.Title is { } given && string.IsNullOrWhiteSpace(given))
        {
            return ScaffoldResult.Refused("the title is empty");
        }

        var title = request.Title?.Trim() ?? Words(id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = request.Collection switch
        {
            Collection.Citation => PlanCitation(request, title, today, existing),
            Collection.Country => PlanCountry(request, title, existing),
            Collection.Agreement => PlanAgreement(request, title, existing),
            _ => new Plan(new() { ["title"] = SkeletonValue.Of(title), ["date"] = SkeletonValue.Of(today) },
                "Write the article here. Link a country, agreement or article with `[[id]]` and cite a source with `[@citation-id]`; `dossier check` names any id it does not know."),
        };
        if (plan.Error is not null)
        {
            return ScaffoldResult.Refused(plan.Error);
        }

        var text = SkeletonWriter.Write(ContentSchemas.For(request.Collection), plan.Values, plan.Body);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: never overwrite, even a file that appeared since the check above.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            return AlreadyExists(relative);
        }

        return ScaffoldResult.Wrote(relative, plan.Warnings);
    }

    /// <summary>An id in words, as a placeholder title: <c>united-states</c> → <c>United States</c>.</summary>
    public static string Words(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static ScaffoldResult AlreadyExists(string relative) =>
        ScaffoldResult.Refused($"{relative} already exists; `dossier new` never overwrites a file: edit it, or choose another id");

    private static Plan PlanCitation(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing)
    {
        if (request.Url is not { } url)
        {
            return Plan.Refused("a citation needs the source's address (`url`)");
        }

        if (!FrontMatterFields.IsHttpUrl(url))
        {
            return Plan.Refused($"`{url}` is not an absolute http or https URL: copy the address from the browser's address bar, starting with https://");
        }

        var type = request.Type ?? EnumNames.ToKebab(CitationType.Web);
        if (!EnumNames.TryParse<CitationType>(type, out _))
        {
            return Plan.Refused(NotAChoice(type, "citation type", EnumNames.All<CitationType>()));
        }

        if (request.Publisher is { } publisher && string.IsNullOrWhiteSpace(publisher))
        {
            return Plan.Refused("the publisher is empty");
        }

        var host = new Uri(url).Host;
        var warnings = existing.Citations
            .Where(c => UrlIdentity.Of(c.Url) == UrlIdentity.Of(url))
            .Select(c => $"{c.Source.Path} already cites this address: if it is the same source, cite `[@{c.Id}]` instead of adding a new one")
            .ToList();
        return new Plan(new()
        {
            ["title"] = SkeletonValue.Of(title),
            ["type"] = SkeletonValue.Of(type),
            ["publisher"] = SkeletonValue.Of(request.Publisher?.Trim() ?? (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host)),
            ["url"] = SkeletonValue.Of(url),
            ["accessed"] = SkeletonValue.Of(today),
        }, "") { Warnings = warnings };
    }

    private static Plan PlanCountry(NewDocumentRequest request, string title, ExistingContent existing)
    {
        if (request.Iso3 is not { } given)
        {
            return Plan.Refused("a country needs its ISO 3166-1 alpha-3 code (`iso3`), e.g. KAZ for Kazakhstan");
        }

        var iso3 = given.Trim().ToUpperInvariant();
        if (!Iso3Pattern().IsMatch(iso3))
        {
            return Plan.Refused($"`{given}` is not an ISO 3166-1 alpha-3 code: three letters, e.g. KAZ for Kazakhstan");
        }

        if (existing.Countries.FirstOrDefault(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            return Plan.Refused($"the ISO code `{iso3}` is already used by {other.Source.Path} ({other.Title}); each country has its own code");
        }

        return new Plan(new() { ["title"] = SkeletonValue.Of(title), ["iso3"] = SkeletonValue.Of(iso3) },
            $"A short overview of {title}, with a source for each claim.");
    }

    private static Plan PlanAgreement(NewDocumentRequest request, string title, ExistingContent existing)
    {
        var kind = request.Kind ?? EnumNames.ToKebab(AgreementKind.Memorandum);
        if (!EnumNames.TryParse<AgreementKind>(kind, out _))
        {
            return Plan.Refused(NotAChoice(kind, "kind of agreement", EnumNames.All<AgreementKind>()));
        }

        var parties = request.Parties.Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (parties.Count == 0)
        {
            return Plan.Refused("an agreement needs at least one party: the id of a country");
        }

        var countries = existing.Countries.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var problems = parties.Where(p => !countries.Contains(p)).Select(p => UnknownParty(p, countries, existing)).ToList();
        if (problems.Count > 0)
        {
            return Plan.Refused(string.Join("\n", problems));
        }

        return new Plan(new()
        {
            ["title"] = SkeletonValue.Of(title),
            ["kind"] = SkeletonValue.Of(kind),
            ["parties"] = SkeletonValue.Of(parties),
        }, $"What {title} is, who agreed to it and when, with a source for each claim.");
    }

    private static string UnknownParty(string party, IReadOnlyCollection<string> countries, ExistingContent existing)
    {
        var near = DidYouMean.Closest(party, countries);
        if (near is null && existing.PathsById.TryGetValue(party, out var path))
        {
            return $"`{party}` is not a country but {path}; parties are countries";
        }

        return $"there is no country `{party}`"
            + (near is not null ? $"; did you mean `{near}`?" : $"; add it first with `dossier new country {party} --iso3 …`");
    }

    private static string NotAChoice(string given, string what, IReadOnlyList<string> choices) =>
        $"`{given}` is not a {what}: one of {string.Join(", ", choices)}"
        + (DidYouMean.Closest(given, choices) is { } near ? $"; did you mean `{near}`?" : "");

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso3Pattern();

    /// <summary>The values and body of one skeleton, or why there cannot be one.</summary>
    private sealed record Plan(Dictionary<string, SkeletonValue> Values, string Body)
    {
        public string? Error { get; init; }

        public IReadOnlyList<string> Warnings { get; init; } = [];

        public static Plan Refused(string error) => new([], "") { Error = error };
    }
}
