using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Workflows;

/// <summary>One step of a <see cref="WorkflowJob"/>, at its position in the job.</summary>
public sealed class WorkflowStep(int index, YamlMappingNode node)
{
    public int Index { get; } = index;

    public string? Name => WorkflowFile.Scalar(node, "name");

    public string? Id => WorkflowFile.Scalar(node, "id");

    public string Uses => WorkflowFile.Scalar(node, "uses") ?? "";

    public string Run => WorkflowFile.Scalar(node, "run") ?? "";

    public string? If => WorkflowFile.Scalar(node, "if");

    public IReadOnlyDictionary<string, string> With => WorkflowFile.Scalars(WorkflowFile.Mapping(node, "with"));

    public IReadOnlyDictionary<string, string> Env => WorkflowFile.Scalars(WorkflowFile.Mapping(node, "env"));

    public bool UsesAction(string action) => Uses.StartsWith(action + "@", StringComparison.Ordinal);
}
