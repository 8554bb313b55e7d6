using System.Text;
using Dossier.Content;
using Dossier.Scaffolding;

namespace Dossier.Interchange.Import;

/// <summary>
/// The text of a citation file made from an entry: the keys Dossier models, in the order the content format lists them,
/// then, as YAML comments, where it came from and every field Dossier does not model (nothing is lost silently).
/// </summary>
public static class ImportedCitationFile
{
    /// <param name="entry">The entry, its required fields already filled in (title, type, publisher, url, accessed).</param>
    /// <param name="file">The imported file's name, for the comment.</param>
    /// <param name="notes">What the import decided for the editor to check (a default used, a value moved to a comment).</param>
    public static string Text(InterchangeEntry entry, string file, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(SkeletonWriter.Quote(entry.Title)).Append('\n');
        if (entry.TitleEn is { } titleEn)
        {
            text.Append("title_en: ").Append(SkeletonWriter.Quote(titleEn)).Append('\n');
        }

        if (entry.Language is { } language)
        {
            text.Append("language: ").Append(language).Append('\n');
        }

        text.Append("type: ").Append(EnumNames.ToKebab(entry.Type!.Value)).Append('\n');
        text.Append("publisher: ").Append(SkeletonWriter.Quote(entry.Publisher!)).Append('\n');
        if (entry.Authors.Count > 0)
        {
            text.Append("authors: [").Append(string.Join(", ", entry.Authors.Select(SkeletonWriter.Quote))).Append("]\n");
        }

        if (entry.Published is { } published)
        {
            text.Append("published: ").Append(published.ToString()).Append('\n');
        }

        text.Append("url: ").Append(SkeletonWriter.Quote(entry.Url!)).Append('\n');
        text.Append("accessed: ").Append(entry.Accessed!.Value.ToString()).Append('\n');
        if (entry.ArchiveUrl is { } archive)
        {
            text.Append("archive_url: ").Append(SkeletonWriter.Quote(archive)).Append('\n');
        }

        var source = entry.SourceType is { Length: > 0 } type ? $" ({type})" : "";
        text.Append(KnownSources.ImportedFrom).Append(OneLine(file)).Append(", ");
        text.Append(entry.Key.Length > 0 ? $"entry `{OneLine(entry.Key)}`" : $"the entry at line {entry.Line}").Append(source).Append(".\n");
        foreach (var note in notes)
        {
            text.Append("# Note: ").Append(OneLine(note)).Append('\n');
        }

        var unmodelled = entry.Unmodelled.ToList();
        if (entry.Doi is { } doi)
        {
            unmodelled.Insert(0, new UnmodelledField("doi", doi));
        }

        if (unmodelled.Count > 0)
        {
            text.Append("# Fields Dossier does not model, kept from the entry:\n");
            foreach (var field in unmodelled)
            {
                text.Append("# ").Append(OneLine(field.Name)).Append(": ").Append(OneLine(field.Value)).Append('\n');
            }
        }

        return text.Append("---\n").ToString();
    }

    /// <summary>A comment is one line: line breaks inside a value become spaces.</summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        }

        return line.ToString().Trim();
    }

}
