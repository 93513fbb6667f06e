namespace Roadmap.Core.Lifecycle;

/// <summary>ETSI's deliverable versions (its folder's part of <see cref="OtherStatuses"/>).</summary>
public static partial class OtherStatuses
{
    /// <summary>ETSI's catalogue lists published deliverables only; the version is its code.</summary>
    public static DocumentLifecycle EtsiPublished(string? version) =>
        new(LifecycleStage.Published, "etsi", string.IsNullOrWhiteSpace(version) ? "published" : version.Trim());
}
