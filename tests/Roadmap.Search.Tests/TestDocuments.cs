using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Search.Tests;

/// <summary>Builds small but realistic documents: one edition per id, the first id current.</summary>
internal static class TestDocuments
{
    public static Document Make(
        string key,
        string body,
        string designation,
        string title,
        string? scope = null,
        string? committee = null,
        int? year = null,
        LifecycleStage stage = LifecycleStage.Published,
        DocumentKind kind = DocumentKind.Standard,
        params string[] olderEditions)
    {
        var lifecycle = new DocumentLifecycle(stage, "test", stage.ToString());
        var published = year is { } y ? new PartialDate(y) : (PartialDate?)null;
        var editions = new List<Edition>
        {
            new() { Id = designation, Title = title, Lifecycle = lifecycle, Published = published, CommitteeKey = committee, Scope = scope },
        };
        editions.AddRange(olderEditions.Select(id => new Edition
        {
            Id = id,
            Title = title,
            Lifecycle = new DocumentLifecycle(LifecycleStage.Superseded, "test", "Superseded"),
            CommitteeKey = committee,
        }));
        return new Document
        {
            Key = key,
            Body = body,
            Kind = kind,
            Designation = designation,
            Title = title,
            Lifecycle = lifecycle,
            Published = published,
            CommitteeKey = committee,
            Scope = scope,
            Editions = editions,
        };
    }
}
