using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.TestData;

/// <summary>
/// A hand-built analysed landscape: documents as they stand on the analysed date, filed under topics with a score,
/// turned into the <see cref="TopicIndex"/> the gap, coverage and overlap code reads.
/// </summary>
internal sealed class LandscapeBuilder(TopicTaxonomy taxonomy)
{
    private readonly Dictionary<string, LandscapeDocument> _documents = new(StringComparer.Ordinal);
    private readonly List<TopicAssignment> _assignments = [];

    /// <summary>Files a new document under <paramref name="topicId"/>.</summary>
    public LandscapeBuilder Add(string topicId, string key, LifecycleStage stage, string? published = "2024-01", string body = "ISO", string? committee = "ISO/TC 307", double score = 0.9, bool pinned = false, DocumentKind kind = DocumentKind.Standard) =>
        Add(topicId, Document(key, stage, published, body, committee, kind: kind), score, pinned);

    /// <summary>Files <paramref name="document"/> (already added or not) under <paramref name="topicId"/>.</summary>
    public LandscapeBuilder Add(string topicId, LandscapeDocument document, double score = 0.9, bool pinned = false)
    {
        _documents[document.Key] = document;
        _assignments.Add(new TopicAssignment { DocumentKey = document.Key, TopicId = topicId, Score = score, Pinned = pinned, Evidence = [] });
        return this;
    }

    public TopicIndex Build() => new(taxonomy, _assignments, _documents);

    /// <summary>A one-edition document as it stands on the analysed date.</summary>
    public static LandscapeDocument Document(string key, LifecycleStage stage, string? published = "2024-01", string body = "ISO", string? committee = "ISO/TC 307", string? title = null, DocumentKind kind = DocumentKind.Standard)
    {
        var edition = Edition(key, stage, published, committee, title);
        var document = DocumentEditions.Create(key, body, kind, [edition]);
        return new LandscapeDocument { Document = document, EditionId = edition.Id, Stage = stage, Published = edition.Published };
    }

    /// <summary>An edition at a common lifecycle stage (scheme <c>test</c>, code the stage's name).</summary>
    public static Edition Edition(string id, LifecycleStage stage, string? published, string? committee = "ISO/TC 307", string? title = null) => new()
    {
        Id = id,
        Title = title ?? "Blockchain and distributed ledger technologies — " + id,
        Lifecycle = new DocumentLifecycle(stage, "test", stage.ToString()),
        Published = published is null ? null : PartialDate.Parse(published),
        CommitteeKey = committee,
    };
}
