using Roadmap.Analysis.Coverage;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Coverage;

public sealed class CoverageCalculatorTests
{
    // dlt ← dlt.a, dlt.b, dlt.c
    private readonly TopicTaxonomy _taxonomy = new TaxonomyBuilder().Topic("dlt").Topic("dlt.a", "dlt").Topic("dlt.b", "dlt").Topic("dlt.c", "dlt").Build();

    [Fact]
    public void Compute_LeafWithDocuments_CountsEachBodyAndCommitteeByState()
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("dlt.a", "ISO 1", LifecycleStage.Published, "2022-03")
            .Add("dlt.a", "ISO/AWI 2", LifecycleStage.InDevelopment, null)
            .Add("dlt.a", "ISO 4", LifecycleStage.UnderReview, "2018", committee: null)
            .Add("dlt.a", "ITU-T X.3", LifecycleStage.Withdrawn, "2023-11", body: "ITU-T", committee: "ITU-T SG17")
            .Build();

        // Act
        var cells = CoverageCalculator.Compute(_taxonomy, topics).Where(c => c.TopicId == "dlt.a").ToList();

        // Assert: bodies first, then committees, each in ordinal order; the newest date counts withdrawn documents too.
        cells.ShouldBe(
        [
            Cell("dlt.a", CoverageDimension.Body, "ISO", 2, 1, 0, "2022-03"),
            Cell("dlt.a", CoverageDimension.Body, "ITU-T", 0, 0, 1, "2023-11"),
            Cell("dlt.a", CoverageDimension.Committee, "(none)", 1, 0, 0, "2018"),
            Cell("dlt.a", CoverageDimension.Committee, "ISO/TC 307", 1, 1, 0, "2022-03"),
            Cell("dlt.a", CoverageDimension.Committee, "ITU-T SG17", 0, 0, 1, "2023-11"),
        ]);
    }

    [Fact]
    public void Compute_ParentTopic_CountsEachSubtreeDocumentOnce()
    {
        // Arrange: ISO 1 sits under two leaves.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("dlt.a", "ISO 1", LifecycleStage.Published, "2022-03")
            .Add("dlt.b", LandscapeBuilder.Document("ISO 1", LifecycleStage.Published, "2022-03"))
            .Add("dlt.b", "IEEE 5", LifecycleStage.Published, "2021", body: "IEEE", committee: "IEEE C/BDL")
            .Build();

        // Act
        var cells = CoverageCalculator.Compute(_taxonomy, topics).Where(c => c.TopicId == "dlt" && c.Dimension == CoverageDimension.Body).ToList();

        // Assert
        cells.Select(c => (c.Value, c.Published, c.Newest)).ShouldBe([("IEEE", 1, (PartialDate?)PartialDate.Parse("2021")), ("ISO", 1, PartialDate.Parse("2022-03"))]);
    }

    [Fact]
    public void Compute_TopicsWithoutDocuments_HaveNoCells()
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy).Add("dlt.b", "ISO 1", LifecycleStage.Published, "2022-03").Build();

        // Act
        var cells = CoverageCalculator.Compute(_taxonomy, topics);

        // Assert: topics in taxonomy order, dlt.a and dlt.c absent.
        cells.Select(c => $"{c.TopicId} {c.Dimension} {c.Value}").ShouldBe(["dlt Body ISO", "dlt Committee ISO/TC 307", "dlt.b Body ISO", "dlt.b Committee ISO/TC 307"]);
    }

    private static CoverageCell Cell(string topic, CoverageDimension dimension, string value, int published, int inDevelopment, int withdrawn, string newest) => new()
    {
        TopicId = topic,
        Dimension = dimension,
        Value = value,
        Published = published,
        InDevelopment = inDevelopment,
        Withdrawn = withdrawn,
        Newest = PartialDate.Parse(newest),
    };
}
