using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Reading;

/// <summary>
/// Passes YAML parsing events through and stops, with a positioned <see cref="YamlException"/>, at what
/// front matter never needs and hostile input uses: nesting deeper than <see cref="MaxDepth"/> (the
/// representation model recurses per level, so 10,000 levels would overflow the stack), anchors and
/// aliases (the "billion laughs" expansion), and tags such as <c>!!python/object</c>.
/// </summary>
internal sealed class GuardedYamlEvents(IParser inner) : IParser
{
    public const int MaxDepth = 16;

    private static readonly HashSet<string> PlainTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!",
    };

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        switch (current)
        {
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End, $"aliases (*{alias.Value}) are not allowed in front matter; write the value out");
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                throw new YamlException(anchored.Start, anchored.End, $"anchors (&{anchored.Anchor}) are not allowed in front matter");
            case NodeEvent { Tag.IsEmpty: false } tagged when !PlainTags.Contains(tagged.Tag.Value):
                throw new YamlException(tagged.Start, tagged.End, $"the tag {tagged.Tag.Value} is not allowed in front matter; remove it");
        }

        _depth += current.NestingIncrease;
        if (_depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"front matter is nested more than {MaxDepth} levels deep");
        }

        return true;
    }
}
