namespace Roadmap.Core.Gaps;

/// <summary>Why a leaf topic is a gap.</summary>
public enum GapKind
{
    /// <summary>No document in force and nothing in development.</summary>
    NoCoverage,

    /// <summary>Nothing in force; only work in development (the gap is being addressed).</summary>
    NoPublished,

    /// <summary>Documents in force, but all older than the configured age, and nothing in development.</summary>
    StaleOnly,

    /// <summary>Recorded by an editor.</summary>
    Editor,
}
