using Roadmap.Core.Lifecycle;

namespace Roadmap.Search;

/// <summary>One matching document. The <c>*Html</c> members are HTML-escaped with matches wrapped in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit
{
    public required string Key { get; init; }

    public required string Designation { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public LifecycleStage Stage { get; init; }

    public int? Year { get; init; }

    public string? CommitteeKey { get; init; }

    /// <summary>Relevance; 0 when browsing without text.</summary>
    public float Score { get; init; }

    public required string TitleHtml { get; init; }

    /// <summary>About 200 characters of the scope around its densest match; null when the document has no scope.</summary>
    public string? ScopeSnippetHtml { get; init; }
}
