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
}
