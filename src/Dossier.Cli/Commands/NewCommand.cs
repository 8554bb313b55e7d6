using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Scaffolding;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier new &lt;collection&gt; &lt;id&gt;</c>: writes a skeleton that passes <c>dossier check</c> unchanged.
/// Exit codes: 0 written, 1 refused for what the dossier holds (an id or ISO code taken, an existing file, an invalid
/// id or URL), 2 wrong usage (no such collection, a missing or misplaced option, no dossier.yml); nothing is written
/// unless 0.
/// </summary>
public sealed class NewCommand : Command<NewSettings>
{
    private static readonly string[] Collections = ["citation", "country", "agreement", "article"];

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

    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        if (ParseCollection(settings.Collection) is not { } collection)
        {
            var near = DidYouMean.Closest(settings.Collection, Collections);
            return Refuse($"`{settings.Collection}` is not a collection: write citation, country, agreement or article"
                + (near is null ? "" : $"; did you mean `{near}`?"), ExitCodes.Usage);
        }

        if (MisplacedOption(collection, settings) is { } misplaced)
        {
            return Refuse(misplaced, ExitCodes.Usage);
        }

        var missing = collection switch
        {
            Collection.Citation when settings.Url is null => "a citation needs its address: add --url https://…",
            Collection.Country when settings.Iso3 is null => "a country needs its ISO 3166-1 alpha-3 code: add --iso3 XXX (e.g. --iso3 KAZ)",
            Collection.Agreement when settings.Parties.Length == 0 => "an agreement needs at least one party: add --party <country-id> (repeat it for each party)",
            _ => null,
        };
        if (missing is not null)
        {
            return Refuse(missing, ExitCodes.Usage);
        }

        if (!File.Exists(Path.Combine(settings.Source, SiteSettingsReader.FileName)))
        {
            return Refuse($"`{settings.Source}` holds no {SiteSettingsReader.FileName}: run dossier new in the dossier's folder, or pass --source <DIR>", ExitCodes.Usage);
        }

        var result = Scaffolder.Create(settings.Source, new NewDocumentRequest(collection, settings.Id)
        {
            Title = settings.Title,
            Url = settings.Url,
            Type = settings.Type,
            Publisher = settings.Publisher,
            Iso3 = settings.Iso3,
            Kind = settings.Kind,
            Parties = settings.Parties,
        }, _clock);
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
        _output.WriteLine($"Next: {title}{NextStep(collection, settings.Id)}, then run `dossier check`.");
        return ExitCodes.Success;
    }

    private static Collection? ParseCollection(string name) => name.ToLowerInvariant() switch
    {
        "citation" or "citations" or "source" => Collection.Citation,
        "country" or "countries" => Collection.Country,
        "agreement" or "agreements" => Collection.Agreement,
        "article" or "articles" => Collection.Article,
        _ => null,
    };

    /// <summary>An option given for a collection it means nothing to: refused rather than silently ignored.</summary>
    private static string? MisplacedOption(Collection collection, NewSettings settings)
    {
        (string Option, bool Given, Collection For)[] options =
        [
            ("--url", settings.Url is not null, Collection.Citation),
            ("--type", settings.Type is not null, Collection.Citation),
            ("--publisher", settings.Publisher is not null, Collection.Citation),
            ("--iso3", settings.Iso3 is not null, Collection.Country),
            ("--kind", settings.Kind is not null, Collection.Agreement),
            ("--party", settings.Parties.Length > 0, Collection.Agreement),
        ];
        return options.FirstOrDefault(o => o.Given && o.For != collection) is { Option: not null } wrong
            ? $"{wrong.Option} is for {CollectionFolders.Of(wrong.For)} only, not for a new {collection.ToString().ToLowerInvariant()}"
            : null;
    }

    private static string NextStep(Collection collection, string id) => collection switch
    {
        Collection.Citation => $"check the type and publisher, and cite it in any text with [@{id}] (add `quote:` if a claim rests on an exact sentence)",
        Collection.Country => $"write the overview, and link it from an article with [[{id}]] or list it in an article's `countries`",
        Collection.Agreement => $"check the kind, write what it is, list its sources under `citations`, and link it from an article with [[{id}]] or list it in an article's `agreements`",
        _ => "write the article; link with [[id]] and cite sources with [@citation-id]",
    };

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
