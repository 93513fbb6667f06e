namespace Roadmap.Core.Analysis;

/// <summary>What put a document under a topic.</summary>
public enum EvidenceKind
{
    /// <summary>A rule's Lucene query matched the title or scope.</summary>
    Rule,

    /// <summary>The designation matched one of the topic's designation patterns (a known anchor document).</summary>
    Designation,

    /// <summary>The document belongs to a committee whose mandate covers the topic.</summary>
    Committee,

    /// <summary>A roadmap editor pinned the topic on the document.</summary>
    Editor,
}
