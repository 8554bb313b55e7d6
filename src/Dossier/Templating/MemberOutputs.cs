using Fluid;
using Fluid.Ast;

namespace Dossier.Templating;

/// <summary>Rewrites a parsed template's <c>{{ owner.member }}</c> outputs without filters into <see cref="MemberOutput"/>s.</summary>
internal sealed class MemberOutputs : AstRewriter
{
    public static IFluidTemplate In(IFluidTemplate template) => new MemberOutputs().VisitTemplate(template);

    protected override Statement VisitOutputStatement(OutputStatement outputStatement) =>
        outputStatement.Expression is MemberExpression { Segments: [_, .., IdentifierSegment member] } expression
            ? new MemberOutput(outputStatement, new MemberExpression(expression.Segments.Take(expression.Segments.Count - 1).ToList()), member)
            : outputStatement;
}
