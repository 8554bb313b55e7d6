using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Workflows;

/// <summary>One job of a <see cref="WorkflowFile"/>: its condition, permissions and steps in order.</summary>
public sealed class WorkflowJob(string name, YamlMappingNode node)
{
    public string Name { get; } = name;

    public string? If => WorkflowFile.Scalar(node, "if");

    /// <summary>The job's own permissions (empty when it has the workflow's).</summary>
    public IReadOnlyDictionary<string, string> Permissions => WorkflowFile.Scalars(WorkflowFile.Mapping(node, "permissions"));

    public IReadOnlyList<WorkflowStep> Steps =>
        node.Children.TryGetValue(new YamlScalarNode("steps"), out var steps)
            ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>().Select((s, i) => new WorkflowStep(i, s)).ToList()
            : [];

    /// <summary>The one step matching <paramref name="match"/>; fails the test when there is none or more than one.</summary>
    public WorkflowStep Step(Func<WorkflowStep, bool> match, string what) =>
        Steps.Where(match).ToList() is [var only] ? only : throw new Xunit.Sdk.XunitException($"job `{Name}` has no single step that {what}");
}
