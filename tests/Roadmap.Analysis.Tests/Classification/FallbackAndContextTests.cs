using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Classification;

public sealed class FallbackAndContextTests
{
    private const string Framework = "subject:framework";
    private const string Crosschain = "subject:chain";

    [Fact]
    public void Classify_CatchAllLeafAndASpecificLeafInTheTitle_KeepsOnlyTheSpecificLeaf()
    {
        // Arrange: "security framework for cross-chain services" is cross-chain security.
        var matcher = new FakeTextMatcher()
            .OnQuery(Framework, null, "ITU-T X.1", "subject:framework")
            .OnQuery(Crosschain, null, "ITU-T X.1", "subject:chain");

        // Act
        var assignments = new Classifier(Taxonomy(), matcher).Classify();

        // Assert
        assignments.Select(a => a.TopicId).ShouldBe(["sec.crosschain"]);
    }

    [Fact]
    public void Classify_CatchAllLeafAlone_KeepsIt()
    {
        // Arrange
        var matcher = new FakeTextMatcher().OnQuery(Framework, null, "ITU-T X.2", "subject:framework");

        // Act
        var assignments = new Classifier(Taxonomy(), matcher).Classify();

        // Assert
        assignments.Select(a => a.TopicId).ShouldBe(["sec.framework"]);
    }

    [Fact]
    public void Classify_SpecificLeafOnlyFromTheScope_DoesNotDisplaceTheCatchAll()
    {
        // Arrange: a scope mention does not name the document's subject.
        var matcher = new FakeTextMatcher()
            .OnQuery(Framework, null, "ITU-T X.3", "subject:framework")
            .OnQuery(Crosschain, null, "ITU-T X.3", "scope:chain");

        // Act
        var assignments = new Classifier(Taxonomy(crosschainWeight: 0.9), matcher).Classify();

        // Assert
        assignments.Select(a => a.TopicId).ShouldBe(["sec.crosschain", "sec.framework"]);
    }

    [Fact]
    public void ContextQuery_WithExclusions_RequiresTheContextAndRefusesTheExclusions()
    {
        // Arrange
        var taxonomy = new TaxonomyBuilder().Topic("dlt").WithContext(["title:dlt"], ["ISO/TC 307"], ["title:tape"]).Build();

        // Act
        var context = new Classifier(taxonomy, new FakeTextMatcher()).ContextQuery();

        // Assert
        context.ShouldBe("+((title:dlt) OR committee:\"iso/tc 307\") -(title:tape)");
    }

    private static TopicTaxonomy Taxonomy(double crosschainWeight = 0.8) => new TaxonomyBuilder()
        .Topic("sec")
        .Topic(new TaxonomyNode { Id = "sec.framework", ParentId = "sec", Name = "Framework", Weight = 0.9, RequiresContext = false, Fallback = true, Rules = [new TaxonomyRule("sec.framework#1", Framework, 0.8)] })
        .Topic(new TaxonomyNode { Id = "sec.crosschain", ParentId = "sec", Name = "Cross-chain", Weight = 0.9, RequiresContext = false, Rules = [new TaxonomyRule("sec.crosschain#1", Crosschain, crosschainWeight)] })
        .Build();
}
