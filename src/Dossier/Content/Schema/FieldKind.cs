namespace Dossier.Content.Schema;

/// <summary>The form a front-matter value takes.</summary>
public enum FieldKind
{
    Text,
    TextList,
    IdList,
    Date,
    PartialDate,
    Choice,
    Bool,
    Url,
    Language,
    Period,

    /// <summary>A decimal number, e.g. <c>12.5</c>.</summary>
    Number,

    /// <summary>One document id.</summary>
    Id,

    /// <summary>The <c>collections:</c> declarations of <c>dossier.yml</c>.</summary>
    Collections,

    /// <summary>Any value, read by a reader of its own (a declaration's <c>to:</c>: one name or a list).</summary>
    Any,
}
