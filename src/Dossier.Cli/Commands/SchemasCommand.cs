using Dossier.Content.Schema;
using Dossier.Reading;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier schemas</c>: writes the JSON Schemas of the front matter, generated from the validator's own schemas.</summary>
public sealed class SchemasCommand : Command<SchemasSettings>
{
    public override int Execute(CommandContext context, SchemasSettings settings, CancellationToken cancellationToken)
    {
        // The dossier's own collections get a schema each, beside the built-in ones.
        var collections = SiteSettingsReader.ReadFrom(settings.Source).Collections;
        var output = settings.Output ?? Path.Combine(settings.Source, "schemas");
        Directory.CreateDirectory(output);
        foreach (var (file, schema) in SchemaFiles.Of(collections))
        {
            var path = Path.Combine(output, file);
            File.WriteAllText(path, JsonSchemaWriter.Write(schema));
            // Plainly, not through Spectre, which would wrap a long path at 80 columns in a log.
            Console.Out.WriteLine($"wrote {path}");
        }

        return 0;
    }
}
