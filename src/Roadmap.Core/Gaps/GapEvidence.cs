namespace Roadmap.Core.Gaps;

/// <summary>A document that bears on a gap: how it maps to the gap's topic, and how confident that mapping is (0–1).</summary>
public sealed record GapEvidence(string DocumentKey, MappingType Mapping, double Confidence)
{
    /// <summary>The document's state in the analysed landscape, e.g. <c>Published 2019-11</c>.</summary>
    public string? State { get; init; }
}

/// <summary>How an evidence document relates to a gap's topic.</summary>
public enum MappingType
{
    /// <summary>Classified under the topic with a strong score (or pinned by an editor).</summary>
    Direct,

    /// <summary>Classified under the topic with a weaker score.</summary>
    Supporting,

    /// <summary>Classified under a sibling topic: related work, not coverage.</summary>
    Adjacent,

    /// <summary>A generic standard (not specific to the field) that a profile for the topic could build on.</summary>
    Generic,

    /// <summary>Considered and ruled out (an editor rejected the topic on it).</summary>
    None,
}
