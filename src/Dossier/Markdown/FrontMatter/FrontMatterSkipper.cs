using Markdig.Parsers;
using Markdig.Syntax;

namespace Dossier.Markdown.FrontMatter;

/// <summary>
/// Passes over a file's front matter when Markdig parses the whole file (told how many lines by <see cref="BodyStart"/>),
/// so a body is parsed where it stands in the file's text, not from a copy of it; the lines and columns Markdig gives
/// are then the file's own (from 0). The body parses as it would on its own: nothing of the front matter stays open
/// or in the document.
/// </summary>
public sealed class FrontMatterSkipper : BlockParser
{
    public FrontMatterSkipper()
    {
        // The front matter opens with `---`; only the first line of the text is taken.
        OpeningCharacters = ['-'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        // The text's first line, from its first character: never a line of a block's content (a table cell's), which
        // a processor of its own may read.
        if (processor.LineIndex != 0 || processor.Start != 0 || processor.Context is not BodyStart { FrontMatterLines: > 0 } start)
        {
            return BlockState.None;
        }

        if (start.FrontMatterLines == 1)
        {
            return BlockState.BreakDiscard;
        }

        processor.NewBlocks.Push(new SkippedFrontMatter(this));
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        processor.LineIndex < ((BodyStart)processor.Context!).FrontMatterLines - 1 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;

    /// <summary>
    /// Markdig leaves the paragraph it makes of a broken grid table (a <c>+---+</c> line that starts no table) at line 0,
    /// and counts its lines from there: a body parsed alone had them counted from its first line. A whole file's line 0
    /// is the front matter's: such a paragraph is put on the body's first line, so its positions stay what they were.
    /// </summary>
    public static void KeepInBody(BlockProcessor processor, Block block)
    {
        // No other paragraph of a file is at line 0: that is the front matter's opening `---`.
        if (block.Line == 0 && processor.Context is BodyStart { FrontMatterLines: > 0 } start)
        {
            block.Line = start.FrontMatterLines;
        }
    }

    /// <summary>Takes the block out of the document as it closes.</summary>
    /// <remarks>Itself rather than by returning false: Markdig would then release the lines the block never held.</remarks>
    public override bool Close(BlockProcessor processor, Block block)
    {
        block.Parent?.Remove(block);
        return true;
    }
}
