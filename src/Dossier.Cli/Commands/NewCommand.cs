using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Links.Checking;
using Dossier.Links.PageMetadata;
using Dossier.Reading;
using Dossier.Scaffolding;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier new &lt;collection&gt; &lt;id&gt;</c>: writes a skeleton that passes <c>dossier check</c> unchanged, for a
/// built-in collection or one the dossier declares.
/// Exit codes: 0 written, 1 refused for what the dossier holds (an id or ISO code taken, an existing file, an invalid
/// id or URL) or for the page <c>--from-url</c> names (a private address, an HTTP error, not HTML), 2 wrong usage (no
/// such collection, a malformed, missing or misplaced option, no dossier.yml), 3 the page could not be reached;
/// nothing is written unless 0.
/// </summary>
public sealed class NewCommand : AsyncCommand<NewSettings>
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(20);

    private readonly TimeProvider _clock;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public NewCommand()
        : this(TimeProvider.System, Console.Out, Console.Error)
    {
    }

    /// <param name="clock">Gives today's date for <c>accessed</c> and <c>date</c>.</param>
    /// <remarks>Internal: Spectre.Console.Cli builds commands with the greediest public constructor it can satisfy.</remarks>
    internal NewCommand(TimeProvider clock, TextWriter output, TextWriter error)
    {
        _clock = clock;
        _output = output;
        _error = error;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var settingsPath = Path.Combine(settings.Source, SiteSettingsReader.FileName);
        var hasSettings = File.Exists(settingsPath);
        // The dossier's own collections come from its dossier.yml; without one, only the built-in ones are known.
        var collections = hasSettings
            ? SiteSettingsReader.ReadFrom(settings.Source).Collections
            : CollectionSet.BuiltIn;
        var names = collections.All.SelectMany(c => c.Names).ToList();
        var collection = collections.All.FirstOrDefault(c => c.Names.Contains(settings.Collection.ToLowerInvariant(), StringComparer.Ordinal));
        if (collection is null)
        {
            var near = DidYouMean.Closest(settings.Collection, names);
            return Refuse($"`{settings.Collection}` is not a collection: write {string.Join(", ", collections.All.Select(c => c.Singular))}"
                + (near is null ? "" : $"; did you mean `{near}`?"), ExitCodes.Usage);
        }

        if (!TryParseValues(settings.Values, out var values, out var problem))
        {
            return Refuse(problem, ExitCodes.Usage);
        }

        var request = new NewDocumentRequest(collection, settings.Id)
        {
            Title = settings.Title,
            Url = settings.Url,
            Type = settings.Type,
            Publisher = settings.Publisher,
            Iso3 = settings.Iso3,
            Kind = settings.Kind,
            Parties = settings.Parties,
            Values = values,
        };
        if (MisplacedOption(collection, collections, settings) is { } misplaced)
        {
            return Refuse(misplaced, ExitCodes.Usage);
        }

        if (settings.FromUrl is { } page)
        {
            if (settings.Url is not null)
            {
                return Refuse("give --url or --from-url, not both: --from-url fills in `url` from the page", ExitCodes.Usage);
            }

            if (!hasSettings)
            {
                return Refuse($"`{settings.Source}` holds no {SiteSettingsReader.FileName}: run dossier new in the dossier's folder, or pass --source <DIR>", ExitCodes.Usage);
            }

            var (filled, exitCode) = await FillFromPageAsync(request, page, settings, cancellationToken);
            if (filled is null)
            {
                return exitCode;
            }

            request = filled;
        }

        if (collection.MissingForNew(request) is { } missing)
        {
            return Refuse(missing, ExitCodes.Usage);
        }

        if (!hasSettings)
        {
            return Refuse($"`{settings.Source}` holds no {SiteSettingsReader.FileName}: run dossier new in the dossier's folder, or pass --source <DIR>", ExitCodes.Usage);
        }

        var result = Scaffolder.Create(settings.Source, request, collections, _clock);
        if (!result.Created)
        {
            return Refuse(result.Error!, ExitCodes.Failed);
        }

        foreach (var warning in result.Warnings)
        {
            _error.WriteLine($"warning: {warning}");
        }

        // The path as the editor would type it: relative to the folder they named.
        var path = settings.Source == "." ? result.RelativePath! : Path.Join(settings.Source, result.RelativePath);
        _output.WriteLine($"Created {path}");
        if (settings.Quiet)
        {
            return ExitCodes.Success;
        }

        var title = settings.Title is null ? $"replace the placeholder title `{Scaffolder.Words(settings.Id)}`; " : "";
        _output.WriteLine($"Next: {title}{collection.NextStep(settings.Id)}, then run `dossier check`.");
        return ExitCodes.Success;
    }

    /// <summary>An option given for a collection it means nothing to: refused rather than silently ignored.</summary>
    private static string? MisplacedOption(CollectionDescriptor collection, CollectionSet collections, NewSettings settings)
    {
        (string Option, bool Given)[] options =
        [
            ("--url", settings.Url is not null),
            ("--type", settings.Type is not null),
            ("--publisher", settings.Publisher is not null),
            ("--iso3", settings.Iso3 is not null),
            ("--kind", settings.Kind is not null),
            ("--party", settings.Parties.Length > 0),
            ("--set", settings.Values.Length > 0),
            ("--from-url", settings.FromUrl is not null),
        ];
        if (settings.AllowHosts.Length > 0 && settings.FromUrl is null)
        {
            return "--allow-host is for --from-url only: it lets the page be fetched from a private or loopback address";
        }

        if (options.FirstOrDefault(o => o.Given && !collection.NewOptions.Contains(o.Option)) is not { Option: { } wrong })
        {
            return null;
        }

        var takers = collections.All.Where(c => c.NewOptions.Contains(wrong)).Select(c => c.Name).ToList();
        return $"{wrong} is for {(takers.Count == 0 ? "no collection" : string.Join(" and ", takers))} only, not for a new {collection.Singular}";
    }

    /// <summary>
    /// Fetches the page and fills in what its metadata gives and the options did not, printing each value and where it
    /// came from; null (with the exit code) when the page could not be read.
    /// </summary>
    private async Task<(NewDocumentRequest? Request, int ExitCode)> FillFromPageAsync(
        NewDocumentRequest request, string page, NewSettings settings, CancellationToken cancellationToken)
    {
        if (!FrontMatterFields.IsHttpUrl(page))
        {
            return (null, Refuse($"`{page}` is not an absolute http or https URL: copy the address from the browser's address bar, starting with https://", ExitCodes.Failed));
        }

        var userAgent = LinkCheckerOptions.UserAgentFor(SiteSettingsReader.ReadFrom(settings.Source).RepoUrl);
        var lookup = await CitationLookup.LookUpAsync(new Uri(page), settings.AllowHosts, userAgent, PageTimeout, cancellationToken);
        if (lookup.Metadata is not { } found)
        {
            var hint = lookup.Refused ? "\nOr write the citation without fetching the page: --url <URL> --title <TEXT>." : "";
            return (null, Refuse(lookup.Problem + hint, lookup.Unreachable ? ExitCodes.CouldNotRun : ExitCodes.Failed));
        }

        var report = new FoundOnPage(_output, lookup.FetchedFrom!);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var published = found.Published;
        if (published is not null && PartialDate.TryParse(published.Value, out var date) && date.ToDateOnly() > today)
        {
            // `accessed` is today, and check refuses a source read before it was published.
            _output.WriteLine($"  (published {published.Value} from {published.Where} is after today: left out)");
            published = null;
        }

        var filled = request with
        {
            Title = report.Field("title", settings.Title, found.Title, "the id in words"),
            Publisher = report.Field("publisher", settings.Publisher, found.Publisher, "the address's host"),
            Published = report.Field("published", null, published, "left out"),
            Language = report.Field("language", null, found.Language, "left out (the dossier's language)"),
            Url = report.Field("url", null, found.Url, "the address fetched")
                  ?? lookup.FetchedFrom!.AbsoluteUri,
        };
        foreach (var skipped in found.Skipped)
        {
            _output.WriteLine($"Passed over: {skipped}.");
        }

        return (filled, ExitCodes.Success);
    }

    /// <summary>The <c>--set key=value</c> options as a map; a malformed or repeated one is refused.</summary>
    private static bool TryParseValues(string[] given, out IReadOnlyDictionary<string, string> values, out string problem)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        (values, problem) = (parsed, "");
        foreach (var pair in given)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problem = $"--set takes key=value, e.g. --set date=2024-06-12, not `{pair}`";
                return false;
            }

            if (!parsed.TryAdd(pair[..equals].Trim(), pair[(equals + 1)..]))
            {
                problem = $"--set gives `{pair[..equals].Trim()}` twice";
                return false;
            }
        }

        return true;
    }

    private int Refuse(string message, int exitCode)
    {
        foreach (var line in message.Split('\n'))
        {
            _error.WriteLine($"error: {line}");
        }

        _error.WriteLine("Nothing was written.");
        return exitCode;
    }
}
