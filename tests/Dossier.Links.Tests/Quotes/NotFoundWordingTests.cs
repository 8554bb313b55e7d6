using Dossier.Links.Quotes;

namespace Dossier.Links.Tests.Quotes;

public sealed class NotFoundWordingTests
{
    [Theory]
    [InlineData("Page not found")]
    [InlineData("Page Not Found | Ministry of Foreign Affairs of Japan")]
    [InlineData("404")]
    [InlineData("404 - Example")]
    [InlineData("Not Found")]
    [InlineData("404 Not Found")]
    [InlineData("Error 404 (Not Found)!!1")]
    [InlineData("Oops! That page can't be found.")]
    [InlineData("The page you requested could not be found")]
    [InlineData("This page does not exist")]
    [InlineData("Страница не найдена")]
    [InlineData("Ошибка 404 — Информационное агентство")]
    [InlineData("Запрашиваемая страница не существует")]
    [InlineData("Документ не найден")]
    [InlineData("お探しのページは見つかりませんでした")]
    [InlineData("Бет табылмады")]
    [InlineData("Sahifa topilmadi")]
    [InlineData("Seite nicht gefunden")]
    public void Says_not_found(string heading) => Assert.True(NotFoundWording.Says(heading));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Japan and Central Asia")]
    [InlineData("Law No. 404 on foreign investment adopted")]
    [InlineData("404 people evacuated after floods in Almaty")]
    [InlineData("How the 404 page of a ministry's website works")]
    [InlineData("Cure not found: the search goes on")]
    [InlineData("Новости не найденных городов")]
    [InlineData("Found: the missing treaty")]
    public void Does_not_say_not_found(string? heading) => Assert.False(NotFoundWording.Says(heading));
}
