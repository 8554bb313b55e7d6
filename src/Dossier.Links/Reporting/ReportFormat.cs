namespace Dossier.Links.Reporting;

/// <summary>The output formats of <c>dossier links --format</c>.</summary>
public enum ReportFormat
{
    /// <summary>A table grouped by verdict, for people at a terminal.</summary>
    Text,

    /// <summary>Machine-readable; documented in the project's README.</summary>
    Json,

    /// <summary>A report for a pull-request comment or a scheduled issue.</summary>
    Markdown,

    /// <summary>GitHub Actions workflow commands, so problems show on the pull request's diff.</summary>
    Github,
}
