using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>
/// A page to compose: its key (the id of the document it is about, or <c>page:…</c> for a page made from the whole
/// dossier, such as <c>page:bibliography</c>), that document's id if any, and how to compose it.
/// </summary>
public sealed record PagePlan(string Key, string? DocumentId, Func<PageView> Compose)
{
    public static PagePlan About(string documentId, Func<PageView> compose) => new(documentId, documentId, compose);

    public static PagePlan OfDossier(string name, Func<PageView> compose) => new($"page:{name}", null, compose);
}
