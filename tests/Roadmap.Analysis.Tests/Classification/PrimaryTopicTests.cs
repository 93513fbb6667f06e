using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Tests.Classification;

public sealed class PrimaryTopicTests
{
    private readonly TopicTaxonomy _taxonomy = new TaxonomyBuilder()
        .Topic("dlt")
        .Topic("security", "dlt")
        .Topic("security.crypto", "security")
        .Topic("security.quantum", "security")
        .Topic("apps", "dlt")
        .Topic("apps.finance", "apps")
        .Build();

    [Fact]
    public void Choose_SecurityLeafNamedInTheTitle_WinsOverTheSubjectItSecures()
    {
        // Act
        var primary = PrimaryTopic.Choose(_taxonomy, [Title("X.1", "apps.finance", 0.8, "payment"), Title("X.1", "security.crypto", 0.6, "signature")]);

        // Assert
        primary["X.1"].ShouldBe("security.crypto");
    }

    [Fact]
    public void Choose_EqualWeights_MoreTitleWordsMatchedWins()
    {
        // Act: "post-quantum cryptography migration".
        var primary = PrimaryTopic.Choose(_taxonomy, [Title("X.2", "security.crypto", 0.8, "cryptographi"), Title("X.2", "security.quantum", 0.8, "post", "quantum")]);

        // Assert
        primary["X.2"].ShouldBe("security.quantum");
    }

    [Fact]
    public void Choose_PinOrAnchor_BeatsEveryRule()
    {
        // Arrange
        var anchor = new TopicAssignment
        {
            DocumentKey = "X.3", TopicId = "apps.finance", Score = 0.9,
            Evidence = [new ClassificationEvidence(EvidenceKind.Designation, "apps.finance@designation", "^X\\.3$", [], 0.9)],
        };

        // Act
        var primary = PrimaryTopic.Choose(_taxonomy, [Title("X.3", "security.crypto", 0.9, "key", "signature"), anchor]);

        // Assert
        primary["X.3"].ShouldBe("apps.finance");
    }

    [Fact]
    public void Choose_InnerTopicsAndScopeOnlyEvidence_OnlyLeavesCountAndTiesFollowTheTaxonomy()
    {
        // Arrange: the parent "security" is not a leaf; two scope-only leaves tie, so the taxonomy's order decides.
        TopicAssignment[] assignments =
        [
            Title("X.4", "security", 0.9, "secur"),
            Scope("X.4", "security.quantum"),
            Scope("X.4", "security.crypto"),
        ];

        // Act
        var primary = PrimaryTopic.Choose(_taxonomy, assignments);

        // Assert
        primary["X.4"].ShouldBe("security.crypto");
    }

    private static TopicAssignment Title(string key, string topic, double weight, params string[] words) => new()
    {
        DocumentKey = key, TopicId = topic, Score = weight,
        Evidence = [new ClassificationEvidence(EvidenceKind.Rule, topic + "#1", "q", [.. words.Select(w => "subject:" + w)], weight)],
    };

    private static TopicAssignment Scope(string key, string topic) => new()
    {
        DocumentKey = key, TopicId = topic, Score = 0.54,
        Evidence = [new ClassificationEvidence(EvidenceKind.Rule, topic + "#1", "q", ["scope:word"], 0.54)],
    };
}
