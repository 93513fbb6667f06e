namespace Roadmap.Core.Lifecycle;

/// <summary>One body's status words or codes mapped onto the common lifecycle.</summary>
/// <param name="Scheme">The scheme of the mapped lifecycles' codes, e.g. <c>iso-stage</c>.</param>
/// <param name="Map">Maps a word or code; throws <see cref="LifecycleMappingException"/> for one the body does not use.</param>
public sealed record LifecycleMapping(string Scheme, Func<string, DocumentLifecycle> Map)
{
    /// <summary>How a catalogue line's fields give the lifecycle, when the status word alone does not (ITU-T, IEEE drafts, ETSI).</summary>
    public Func<StatedLifecycle, DocumentLifecycle?>? Catalogue { get; init; }

    /// <summary>The lifecycle a catalogue line states; null when it states none.</summary>
    /// <exception cref="LifecycleMappingException">The line's status is not one of the body's.</exception>
    public DocumentLifecycle? OfCatalogue(StatedLifecycle stated) =>
        Catalogue is { } catalogue ? catalogue(stated) : stated.Status is null ? null : Map(stated.Status);
}
