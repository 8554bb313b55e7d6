using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Workflows;

/// <summary>A GitHub workflow file read with YamlDotNet, with just enough structure to test how its jobs and steps are wired.</summary>
public sealed class WorkflowFile
{
    private readonly YamlMappingNode _root;

    public WorkflowFile(string name, string text)
    {
        Name = name;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        _root = (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public string Name { get; }

    /// <summary>The events under <c>on:</c>.</summary>
    public IReadOnlyList<string> Triggers => Mapping(_root, "on").Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public IReadOnlyDictionary<string, string> Permissions => Scalars(Mapping(_root, "permissions"));

    public IReadOnlyList<string> JobNames => Mapping(_root, "jobs").Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public WorkflowJob Job(string name) => new(name, Mapping(Mapping(_root, "jobs"), name));

    public IEnumerable<WorkflowJob> Jobs => JobNames.Select(Job);

    internal static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode mapping
            ? mapping
            : new YamlMappingNode();

    internal static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;

    internal static IReadOnlyDictionary<string, string> Scalars(YamlMappingNode node) =>
        node.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "");
}
