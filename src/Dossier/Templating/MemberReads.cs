using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Dossier.Templating;

/// <summary>
/// Where a template reads a view's member only to write it or to test it, the member is read without Fluid's wrapping:
/// a parsed template's <c>{{ owner.member }}</c> outputs without filters become <see cref="MemberOutput"/>s, and its
/// <c>if</c>, <c>elsif</c> and <c>unless</c> conditions that are <c>owner.member</c> become <see cref="MemberCondition"/>s.
/// </summary>
internal sealed class MemberReads : AstRewriter
{
    public static IFluidTemplate In(IFluidTemplate template) => new MemberReads().VisitTemplate(template);

    /// <summary>
    /// Reads <paramref name="member"/> of <paramref name="owner"/> as Fluid does before it wraps the value, when the owner
    /// is an object Fluid wrapped (a view) and the member has an accessor that reads at once.
    /// </summary>
    public static bool TryRead(FluidValue owner, string member, TemplateContext context, out object? read)
    {
        if (owner is ObjectValue { Value: var view }
            && context.Options.MemberAccessStrategy.GetAccessor(view.GetType(), member) is { } accessor and not IAsyncMemberAccessor)
        {
            read = accessor.Get(view, member, context);
            return true;
        }

        read = null;
        return false;
    }

    protected override Statement VisitOutputStatement(OutputStatement outputStatement) =>
        Split(outputStatement.Expression) is var (_, owner, member) ? new MemberOutput(outputStatement, owner, member) : outputStatement;

    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        var visited = (IfStatement)base.VisitIfStatement(ifStatement);
        return Condition(visited.Condition) is { } condition ? new IfStatement(condition, visited.Statements, visited.Else, visited.ElseIfs) : visited;
    }

    protected override Statement VisitElseIfStatement(ElseIfStatement elseIfStatement)
    {
        var visited = (ElseIfStatement)base.VisitElseIfStatement(elseIfStatement);
        return Condition(visited.Condition) is { } condition ? new ElseIfStatement(condition, visited.Statements) : visited;
    }

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement)
    {
        var visited = (UnlessStatement)base.VisitUnlessStatement(unlessStatement);
        return Condition(visited.Condition) is { } condition ? new UnlessStatement(condition, visited.Statements, visited.Else) : visited;
    }

    private static MemberCondition? Condition(Expression condition) =>
        Split(condition) is var (whole, owner, member) ? new MemberCondition(whole, owner, member) : null;

    /// <summary><c>owner.member</c>: a member expression of two or more segments, the last a name.</summary>
    private static (MemberExpression Whole, MemberExpression Owner, IdentifierSegment Member)? Split(Expression expression) =>
        expression is MemberExpression { Segments: [_, .., IdentifierSegment member] } whole
            ? (whole, new MemberExpression(whole.Segments.Take(whole.Segments.Count - 1).ToList()), member)
            : null;
}
