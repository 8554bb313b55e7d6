using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Arguments and options of <c>dossier new</c>.</summary>
/// <remarks>
/// Checked in <see cref="NewCommand"/> rather than in <c>Validate()</c>, so each refusal says what to add and which
/// options belong to which collection, with the exit code of its kind.
/// </remarks>
public sealed class NewSettings : OutputSettings
{
    [CommandArgument(0, "<COLLECTION>")]
    [Description("citation, country, agreement or article, or a collection the dossier declares (e.g. event).")]
    public string Collection { get; init; } = "";

    [CommandArgument(1, "<ID>")]
    [Description("The new document's id, which becomes its file name: lowercase a-z, 0-9 and '-', starting with a letter.")]
    public string Id { get; init; } = "";

    [CommandOption("-s|--source <DIR>")]
    [Description("The dossier's folder (holding dossier.yml and content/). Default: the current folder.")]
    public string Source { get; init; } = ".";

    [CommandOption("--title <TEXT>")]
    [Description("The title. Default: the id in words.")]
    public string? Title { get; init; }

    [CommandOption("--url <URL>")]
    [Description("Citations (required): the source's absolute http(s) address.")]
    public string? Url { get; init; }

    [CommandOption("--from-url <URL>")]
    [Description("Citations: fetch the page and fill in title, publisher, published, language and url from its metadata (Highwire citation_*, JSON-LD, OpenGraph, <title>). Options given as well win.")]
    public string? FromUrl { get; init; }

    [CommandOption("--allow-host <HOST>")]
    [Description("With --from-url (repeatable): fetch from this host or address although it is private or loopback, as `dossier links` does.")]
    public string[] AllowHosts { get; init; } = [];

    [CommandOption("--type <TYPE>")]
    [Description("Citations: news, web, government, report, book, journal or pdf. Default: web.")]
    public string? Type { get; init; }

    [CommandOption("--publisher <TEXT>")]
    [Description("Citations: the site or organisation. Default: the URL's host.")]
    public string? Publisher { get; init; }

    [CommandOption("--iso3 <CODE>")]
    [Description("Countries (required): the ISO 3166-1 alpha-3 code, e.g. KAZ.")]
    public string? Iso3 { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("Agreements: treaty, memorandum, roadmap, action-plan, programme, dialogue, commission, policy or statement. Default: memorandum.")]
    public string? Kind { get; init; }

    [CommandOption("--party <ID>")]
    [Description("Agreements (required, repeatable): the id of a country that is party to it.")]
    public string[] Parties { get; init; } = [];

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Declared collections (repeatable): a required field's value, e.g. --set date=2024-06-12 --set participants=japan,kazakhstan.")]
    public string[] Values { get; init; } = [];
}
