using Dossier.Content;

namespace Dossier.Pages;

/// <summary>"Edit this page" links into the repository the content lives in.</summary>
public static class EditLinks
{
    public static string? Of(SiteSettings settings, ContentDocument document) =>
        settings.RepoUrl is null ? null : $"{settings.RepoUrl.TrimEnd('/')}/edit/{settings.Branch}/{document.Source.Path}";
}
