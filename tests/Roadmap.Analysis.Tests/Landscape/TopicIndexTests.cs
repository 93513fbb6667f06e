using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Analysis;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Landscape;

public sealed class TopicIndexTests
{
    // dlt ← dlt.a, dlt.b
    private readonly TopicTaxonomy _taxonomy = new TaxonomyBuilder().Topic("dlt").Topic("dlt.a", "dlt").Topic("dlt.b", "dlt").Build();

    [Fact]
    public void Constructor_AssignmentToAnUnknownTopicOrDocument_IsLeftOut()
    {
        // Arrange
        var documents = new[] { "ISO 2", "ISO 1", "ISO 3" }
            .ToDictionary(k => k, k => LandscapeBuilder.Document(k, LifecycleStage.Published), StringComparer.Ordinal);
        TopicAssignment[] assignments =
        [
            Assignment("ISO 2", "dlt.a"),
            Assignment("ISO 1", "dlt.a"),
            Assignment("ISO 3", "dlt.gone"),
            Assignment("ISO 9", "dlt.a"),
        ];

        // Act
        var index = new TopicIndex(_taxonomy, assignments, documents);

        // Assert: only documents under a topic, by key; ISO 3 is under no known topic.
        index.Documents.Select(d => d.Key).ShouldBe(["ISO 1", "ISO 2"]);
        index.Direct("dlt.a").Select(x => x.Document.Key).ShouldBe(["ISO 2", "ISO 1"]);
        index.Direct("dlt.gone").ShouldBeEmpty();
        index.TopicsOf("ISO 3").ShouldBeEmpty();
    }

    [Fact]
    public void SubtreeDocuments_DocumentUnderTwoChildren_ListedOnce()
    {
        // Arrange
        var shared = LandscapeBuilder.Document("ISO 1", LifecycleStage.Published);
        var index = new LandscapeBuilder(_taxonomy).Add("dlt.a", shared).Add("dlt.b", shared).Add("dlt.b", "ISO 2", LifecycleStage.Published).Build();

        // Act
        var documents = index.SubtreeDocuments("dlt");

        // Assert
        documents.Select(d => d.Key).Order(StringComparer.Ordinal).ShouldBe(["ISO 1", "ISO 2"]);
        index.TopicsOf("ISO 1").ShouldBe(["dlt.a", "dlt.b"]);
    }

    private static TopicAssignment Assignment(string key, string topic) => new() { DocumentKey = key, TopicId = topic, Score = 0.8, Evidence = [] };
}
