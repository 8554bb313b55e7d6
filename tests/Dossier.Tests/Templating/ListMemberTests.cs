using Dossier.Pages.Views;
using Dossier.Templating;
using Fluid;

namespace Dossier.Tests.Templating;

/// <summary>A view's list, its items made template values on demand, reads in templates exactly as Fluid's own array of it.</summary>
public sealed class ListMemberTests
{
    private static readonly SectionView Section = new("s", "Related", [
        new LinkView("a/", "Alpha", "2021"),
        new LinkView("b/", "Beta"),
        new LinkView("c/", "Gamma", "2023", "ru"),
    ]);

    [Theory]
    [InlineData("{{ s.items.size }}|{{ s.items.first.text }}|{{ s.items.last.href }}|{{ s.items[1].text }}|{{ s.items[7].text }}")]
    [InlineData("{% for l in s.items %}{{ forloop.index }}:{{ l.text }}{% if l.detail %} ({{ l.detail }}){% endif %};{% endfor %}")]
    [InlineData("{% for l in s.items reversed limit: 2 offset: 1 %}{{ l.href }}{% else %}none{% endfor %}")]
    [InlineData("{{ s.items | map: 'text' | join: ', ' }}|{{ s.items | where: 'lang', 'ru' | size }}|{{ s.items | sort: 'text' | last | map: 'href' }}")]
    [InlineData("{% assign first = s.items.first %}{% if s.items contains first %}in{% else %}out{% endif %}|{% if s.items == empty %}empty{% endif %}{% if s.items.size > 2 %}many{% endif %}")]
    [InlineData("{% if e.items == empty %}empty{% endif %}|{{ e.items.size }}|{% for l in e.items %}x{% else %}none{% endfor %}|{{ e.items.first }}")]
    [InlineData("{{ r.cells.size }}|{% for c in r.cells %}{% if c %}y{% else %}n{% endif %}{% endfor %}|{{ r.cells.first }}|{{ r.cells | join: ',' }}|{% if r.cells contains true %}has{% endif %}|{{ r.cells[1] }}")]
    [InlineData("{{ n.cells.size }}|{% if n.cells == empty %}empty{% endif %}|{% for c in n.cells %}x{% else %}none{% endfor %}")]
    public void A_list_reads_as_Fluid_reads_it(string source)
    {
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);

        Assert.Equal(Render(template, Fluids()), Render(template, WithListMembers()));
    }

    [Fact]
    public void Only_lists_of_objects_or_flags_are_read_on_demand()
    {
        var strategy = WithListMembers().MemberAccessStrategy;

        Assert.IsType<ListMember>(strategy.GetAccessor(typeof(SectionView), "items"));
        Assert.IsNotType<ListMember>(strategy.GetAccessor(typeof(SectionView), "heading"));
        Assert.IsType<ListMember>(strategy.GetAccessor(typeof(MatrixRowView), "cells"));
        Assert.IsNotType<ListMember>(strategy.GetAccessor(typeof(MatrixRowView), "count"));
    }

    private static string Render(IFluidTemplate template, TemplateOptions options)
    {
        var context = new TemplateContext(options);
        context.SetValue("s", Section);
        context.SetValue("e", Section with { Items = [] });
        context.SetValue("r", new MatrixRowView("r/", "Row", [true, false, true], 2));
        context.SetValue("n", new MatrixRowView("n/", "None", [], 0));
        return template.Render(context);
    }

    private static TemplateOptions Fluids()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<SectionView>();
        options.MemberAccessStrategy.Register<LinkView>();
        options.MemberAccessStrategy.Register<MatrixRowView>();
        return options;
    }

    private static TemplateOptions WithListMembers()
    {
        var options = Fluids();
        ListMember.Register(options.MemberAccessStrategy, typeof(SectionView));
        ListMember.Register(options.MemberAccessStrategy, typeof(MatrixRowView));
        return options;
    }
}
