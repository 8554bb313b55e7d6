using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>A page to compose: the document it is about (null for pages made from the whole dossier) and how to compose it.</summary>
public sealed record PagePlan(string? DocumentId, Func<PageView> Compose);
