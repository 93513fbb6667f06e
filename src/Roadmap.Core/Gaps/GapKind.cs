namespace Roadmap.Core.Gaps;

/// <summary>
/// Why a leaf topic is a gap. A topic can carry several findings of different kinds; each has its own evidence,
/// statement and priority terms. Counted documents are those whose <em>primary</em> topic is the leaf.
/// </summary>
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

    /// <summary>Nothing DLT-specific, but generic standards exist that a DLT profile could build on.</summary>
    GenericOnly,

    /// <summary>Every document in force is informative (technical reports, supplements, notes): nothing to conform to.</summary>
    InformativeOnly,

    /// <summary>At most one normative document in force.</summary>
    Thin,

    /// <summary>The newest document in force nears the stale age (within the configured warning years).</summary>
    AboutToGoStale,

    /// <summary>The normative documents in force all come from one body.</summary>
    SingleBody,

    /// <summary>Other bodies cover the topic; the perspective body (the focus group's parent, by default ITU-T) does not: a candidate study item.</summary>
    NoPerspectiveWork,

    /// <summary>A functional topic is well covered while its security counterpart is thin.</summary>
    NoSecurityCounterpart,

    /// <summary>Several bodies published normative texts on the topic within a few years with no relation between them: a liaison need.</summary>
    ParallelUncoordinated,
}
