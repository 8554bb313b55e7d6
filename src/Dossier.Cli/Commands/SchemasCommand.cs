using Dossier.Content.Schema;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier schemas</c>: writes the JSON Schemas of the front matter, generated from the validator's own schemas.</summary>
public sealed class SchemasCommand : Command<SchemasSettings>
{
    public override int Execute(CommandContext context, SchemasSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Output);
        foreach (var (file, schema) in SchemaFiles.All)
        {
            var path = Path.Combine(settings.Output, file);
            File.WriteAllText(path, JsonSchemaWriter.Write(schema));
            // Plainly, not through Spectre, which would wrap a long path at 80 columns in a log.
            Console.Out.WriteLine($"wrote {path}");
        }

        return 0;
    }
}
