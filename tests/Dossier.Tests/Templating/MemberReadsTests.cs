using Dossier.Pages.Views;
using Dossier.Templating;
using Dossier.Templating.Views;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;

namespace Dossier.Tests.Templating;

/// <summary>
/// Templates whose member outputs and conditions are rewritten (<see cref="MemberReads"/>) render exactly as Fluid
/// renders them as parsed, whatever tags surround them.
/// </summary>
public sealed class MemberReadsTests
{
    private static readonly SectionView Section = new("s", "A & B <c> \"d\" 'e' — ü ж 😀 \uD800x", [
        new LinkView("a/?x=1&y=2", "Alpha", "2021"),
        new LinkView("b/", "Beta"),
        new LinkView("c/", "Gamma", "", "ru"),
    ]);

    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["item.liquid"] = "<{{ l.text }}|{{ l.detail }}|{{ s.heading }}|{{ item.href }}>",
        ["heading.liquid"] = "[{{ s.heading }}]",
    };

    [Theory]
    [InlineData("{{ s.heading }}|{{ s.id }}|{{ s.items.size }}|{{ s.items.first.text }}|{{ s.items[1].href }}|{{ s.items[9].href }}")]
    [InlineData("{{ s.missing }}|{{ s.missing.deeper }}|{{ nothing.at_all }}|{{ s.heading.size }}|{{ s.items.first.detail }}|{{ s.items.last.detail }}")]
    [InlineData("{{ s.items.first }}|{{ s.items }}|{{ r.count }}|{{ r.cells }}|{{ r.cells.first }}|{{ n.current }}|{{ n.text }}|{{ s.heading | upcase }}|{{ s }}")]
    [InlineData("{% for l in s.items %}{{ forloop.index }}:{{ l.text }}{% if l.detail %}({{ l.detail }}){% elsif l.lang %}[{{ l.lang }}]{% else %}-{% endif %}{% if forloop.last %}{% break %}{% endif %};{% endfor %}")]
    [InlineData("{% for l in s.items reversed limit: 2 %}{% unless l.detail %}{{ l.href }}{% else %}{{ l.detail }}{% endunless %}{% else %}none{% endfor %}{% for l in e.items %}x{% else %}{{ s.id }}{% endfor %}")]
    [InlineData("{% capture c %}{{ s.heading }}{{ s.id }}{% endcapture %}{{ c | size }}{% assign x = s.items.first %}{{ x.text }}{% assign t = s.id %}{{ t }}")]
    [InlineData("{% case s.id %}{% when 's' %}{{ s.items.first.text }}{% when 't' %}t{% else %}{{ s.id }}{% endcase %}|{% case s.items.last.lang %}{% when 'en' %}en{% else %}{{ s.items.last.lang }}{% endcase %}")]
    [InlineData("{%- if s.heading -%}\n  {{- s.id -}}  \n{%- endif -%}\n {{ s.items.first.text -}} \n {{- s.items.last.text }}")]
    [InlineData("{% for l in s.items %}{% cycle 'a', 'b' %}{{ l.href }}{% increment i %}{% ifchanged %}{{ l.detail }}{% endifchanged %}{% endfor %}{% decrement j %}")]
    [InlineData("{% tablerow l in s.items cols: 2 %}{{ l.text }}{{ tablerowloop.col }}{% endtablerow %}{% raw %}{{ s.heading }}{% endraw %}{% comment %}{{ s.id }}{% endcomment %}")]
    [InlineData("{% render 'item', l: s.items.first %}{% render 'item' for s.items as l %}{% render 'item' with s.items.last as l %}{% render 'heading' %}{% include 'item', l: s.items[1] %}{% include 'heading' %}")]
    [InlineData("{% if s.missing %}a{% else %}b{% endif %}{% if nothing.x %}c{% endif %}{% if s.items %}d{% endif %}{% if e.items %}e{% endif %}{% if r.count %}f{% endif %}{% if r.cells %}g{% endif %}")]
    [InlineData("{% if n.current %}h{% endif %}{% unless s.items.first.lang %}i{% endunless %}{% if s.items.last.detail %}j{% endif %}{% if s.items.first %}k{% endif %}{% if s.items.first.nothing %}l{% else %}m{% endif %}")]
    [InlineData("{% for l in s.items %}{% if l.lang %}{{ l.lang }}{% elsif l.detail %}{{ l.detail }}{% elsif l.text %}t{% else %}-{% endif %}{% unless l.detail %}!{% else %}?{% endunless %}{% endfor %}{% if s.heading and s.id %}both{% endif %}")]
    public void A_rewritten_template_renders_as_Fluid_renders_it(string source)
    {
        var parser = new FluidParser();
        Assert.True(parser.TryParse(source, out var template, out var error), error);

        var rewritten = MemberReads.In(template);

        Assert.Equal(Render(template, Options(rewrite: false)), Render(rewritten, Options(rewrite: true)));
    }

    [Theory]
    [InlineData("{{ nothing.at_all }}|{{ s.missing }}|{{ s.items.first.text }}|{% if nothing.at_all %}a{% endif %}{% unless s.missing %}b{% endunless %}")]
    public void Undefined_names_read_as_Fluid_reads_them_when_a_delegate_answers_for_them(string source)
    {
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);
        TemplateOptions Answering(bool rewrite)
        {
            var options = Options(rewrite);
            options.Undefined = name => new ValueTask<FluidValue>(new StringValue($"({name})"));
            return options;
        }

        Assert.Equal(Render(template, Answering(rewrite: false)), Render(MemberReads.In(template), Answering(rewrite: true)));
    }

    [Fact]
    public void Undefined_names_throw_as_Fluid_throws_them_when_variables_are_strict()
    {
        Assert.True(new FluidParser().TryParse("{{ s.heading }}{{ s.missing }}", out var template, out var error), error);
        TemplateOptions Strict(bool rewrite)
        {
            var options = Options(rewrite);
            options.StrictVariables = true;
            return options;
        }

        var fluids = Assert.ThrowsAny<Exception>(() => Render(template, Strict(rewrite: false)));
        var rewritten = Assert.ThrowsAny<Exception>(() => Render(MemberReads.In(template), Strict(rewrite: true)));
        Assert.Equal(fluids.Message, rewritten.Message);
    }

    [Fact]
    public void Only_member_outputs_without_filters_and_member_conditions_are_rewritten()
    {
        var source = "{{ s.heading }}{{ s }}{{ s.heading | upcase }}{{ s.items[0] }}{% if s.id %}{{ s.id }}{% elsif s.items %}x{% endif %}{% if s %}y{% endif %}"
            + "{% unless s.id %}z{% endunless %}{% if s.id == 's' %}w{% endif %}";
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);

        var statements = ((FluidTemplate)MemberReads.In(template)).Statements;

        Assert.IsType<MemberOutput>(statements[0]);
        Assert.All(statements.Skip(1).Take(3), s => Assert.IsNotType<MemberOutput>(s));
        var memberIf = Assert.IsType<IfStatement>(statements[4]);
        Assert.IsType<MemberCondition>(memberIf.Condition);
        Assert.IsType<MemberOutput>(memberIf.Statements[0]);
        Assert.IsType<MemberCondition>(Assert.Single(memberIf.ElseIfs).Condition);
        Assert.IsNotType<MemberCondition>(Assert.IsType<IfStatement>(statements[5]).Condition);
        Assert.IsType<MemberCondition>(Assert.IsType<UnlessStatement>(statements[6]).Condition);
        Assert.IsNotType<MemberCondition>(Assert.IsType<IfStatement>(statements[7]).Condition);
    }

    private static string Render(IFluidTemplate template, TemplateOptions options)
    {
        var context = new TemplateContext(options);
        context.SetValue("s", Section);
        context.SetValue("e", Section with { Items = [] });
        context.SetValue("r", new MatrixRowView("r/", "Row", [true, false], 3));
        context.SetValue("n", new NavItemView("n/", "Nav <b>", true));
        return template.Render(context, System.Text.Encodings.Web.HtmlEncoder.Default);
    }

    private static TemplateOptions Options(bool rewrite)
    {
        var options = new TemplateOptions { FileProvider = new InMemoryFileProvider(Partials) };
        if (rewrite)
        {
            options.TemplateParsed = (_, template) => MemberReads.In(template);
        }

        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var view in new[] { typeof(SectionView), typeof(LinkView), typeof(MatrixRowView), typeof(NavItemView) })
        {
            options.MemberAccessStrategy.Register(view);
            ListMember.Register(options.MemberAccessStrategy, view);
        }

        return options;
    }
}
