using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Documents;

/// <summary>What the live analysis says of one document: its topics (primary first), the gaps it bears on, its overlaps.</summary>
public sealed record DocumentAnalysis
{
    /// <summary>The live run the gaps and overlaps come from.</summary>
    public required string RunId { get; init; }

    /// <summary>The primary topic first, then the other topics strongest first, rejected ones last.</summary>
    public required IReadOnlyList<DocumentTopicView> Topics { get; init; }

    /// <summary>Gaps that cite the document as evidence or as work that may close them, by priority.</summary>
    public required IReadOnlyList<Gap> Gaps { get; init; }

    /// <summary>Overlaps with documents of other bodies or committees, strongest first.</summary>
    public required IReadOnlyList<Overlap> Overlaps { get; init; }
}

/// <summary>One of a document's topics with its name, score, evidence and the editor's word on it.</summary>
public sealed record DocumentTopicView
{
    public required string TopicId { get; init; }

    public required string Name { get; init; }

    public required double Score { get; init; }

    /// <summary>The document's main subject: coverage and gaps count it under this leaf only.</summary>
    public bool Primary { get; init; }

    public bool Pinned { get; init; }

    public bool Rejected { get; init; }

    public required IReadOnlyList<ClassificationEvidence> Evidence { get; init; }
}
