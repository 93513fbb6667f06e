using Roadmap.Analysis.Overlaps;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Tests.Overlaps;

public sealed class LiaisonRankerTests
{
    [Fact]
    public void Rank_CommitteePairs_OrderedBySummedStrengthWhicheverSideEachIsOn()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T SG17", 0.5),
            Overlap("IEEE 3", "IEEE C/BDL", "ISO 3", "ISO/TC 307", 0.7),
            Overlap("ISO 2", "ITU-T SG17", "ITU-T X.2", "ISO/TC 307", 0.4),
        ];

        // Act
        var suggestions = LiaisonRanker.Rank(overlaps);

        // Assert
        suggestions.Select(s => (s.FirstCommittee, s.SecondCommittee, s.Strength, s.Overlaps)).ShouldBe(
        [
            ("ISO/TC 307", "ITU-T SG17", 0.9, 2),
            ("IEEE C/BDL", "ISO/TC 307", 0.7, 1),
        ]);
    }

    [Fact]
    public void Rank_CommitteesAlreadySharingAText_LeftOut()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T SG17", 0.9),
            Overlap("ISO 9", "ISO/TC 307", "ITU-T X.9", "ITU-T SG17", 0.2, RelationType.CommonText),
            Overlap("IEEE 3", "IEEE C/BDL", "ISO 3", "ISO/TC 307", 0.4),
        ];

        // Act
        var suggestions = LiaisonRanker.Rank(overlaps);

        // Assert
        suggestions.Select(s => s.FirstCommittee + " + " + s.SecondCommittee).ShouldBe(["IEEE C/BDL + ISO/TC 307"]);
    }

    [Fact]
    public void Rank_DocumentsWithoutACommittee_GroupedUnderTheirBody()
    {
        // Arrange: unknown on both sides of one body is one group, not a pair.
        Overlap[] overlaps =
        [
            Overlap("ISO 1", null, "ITU-T X.1", "ITU-T SG17", 0.5),
            Overlap("ISO 2", null, "ISO 3", null, 0.8, secondBody: "ISO"),
        ];

        // Act
        var suggestion = LiaisonRanker.Rank(overlaps).ShouldHaveSingleItem();

        // Assert
        (suggestion.FirstCommittee, suggestion.SecondCommittee).ShouldBe(("ISO (committee unknown)", "ITU-T SG17"));
        LiaisonRanker.Group("W3C", null).ShouldBe("W3C (committee unknown)");
    }

    [Fact]
    public void Rank_ManyOverlapsOnAPair_TopThreePairsAndFiveMostSharedTopics()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T SG17", 0.2, topics: ["t.f", "t.a"]),
            Overlap("ISO 2", "ISO/TC 307", "ITU-T X.2", "ITU-T SG17", 0.6, topics: ["t.e", "t.b"]),
            Overlap("ISO 3", "ISO/TC 307", "ITU-T X.3", "ITU-T SG17", 0.4, topics: ["t.d", "t.b"]),
            Overlap("ISO 4", "ISO/TC 307", "ITU-T X.4", "ITU-T SG17", 0.3, topics: ["t.c", "t.b", "t.a"]),
        ];

        // Act
        var suggestion = LiaisonRanker.Rank(overlaps).ShouldHaveSingleItem();

        // Assert
        suggestion.Strength.ShouldBe(1.5);
        suggestion.TopPairs.ShouldBe(["ISO 2 ↔ ITU-T X.2", "ISO 3 ↔ ITU-T X.3", "ISO 4 ↔ ITU-T X.4"]);
        suggestion.SharedTopics.ShouldBe(["t.b", "t.a", "t.c", "t.d", "t.e"]);
    }

    [Fact]
    public void Rank_Limit_KeepsTheStrongestPairs()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T SG17", 0.5),
            Overlap("IEEE 3", "IEEE C/BDL", "ISO 3", "ISO/TC 307", 0.7),
        ];

        // Act
        var suggestions = LiaisonRanker.Rank(overlaps, limit: 1);

        // Assert
        suggestions.ShouldHaveSingleItem().FirstCommittee.ShouldBe("IEEE C/BDL");
    }

    private static Overlap Overlap(string firstKey, string? firstCommittee, string secondKey, string? secondCommittee, double score, RelationType? known = null, string? secondBody = null, string[]? topics = null) => new()
    {
        FirstKey = firstKey,
        SecondKey = secondKey,
        FirstBody = firstKey.Split(' ')[0],
        SecondBody = secondBody ?? secondKey.Split(' ')[0],
        FirstCommittee = firstCommittee,
        SecondCommittee = secondCommittee,
        Score = score,
        TextSimilarity = score,
        TopicSimilarity = 0,
        SharedTerms = [],
        SharedTopics = topics ?? [],
        KnownRelation = known,
    };
}
