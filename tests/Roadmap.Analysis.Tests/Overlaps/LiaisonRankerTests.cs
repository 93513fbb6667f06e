using Roadmap.Analysis.Overlaps;
using Roadmap.Core.Analysis;
using Roadmap.Core.Committees;
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
        var suggestions = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty).Suggestions;

        // Assert
        suggestions.Select(s => (s.FirstCommittee, s.SecondCommittee, s.Sum, s.Overlaps)).ShouldBe(
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
        var suggestions = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty).Suggestions;

        // Assert
        suggestions.Select(s => s.FirstCommittee + " + " + s.SecondCommittee).ShouldBe(["IEEE C/BDL + ISO/TC 307"]);
    }

    [Fact]
    public void Rank_DocumentsWithoutACommittee_LeftOutNeverAPseudoCommittee()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", null, "ITU-T X.1", "ITU-T SG17", 0.5),
            Overlap("ISO 2", null, "ISO 3", null, 0.8, secondBody: "ISO"),
        ];

        // Act
        var ranking = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty);

        // Assert
        ranking.Suggestions.ShouldBeEmpty();
        ranking.InternalCoordination.ShouldBeEmpty();
    }

    [Fact]
    public void Rank_SameBodyAndSubgroupPairs_ListedApartAsInternalCoordination()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ITU-T Y.1", "ITU-T SG13", "ITU-T Y.4", "ITU-T SG20", 0.9, secondBody: "ITU-T"),
            Overlap("ISO/IEC 1", "ISO/IEC JTC 1", "ISO/IEC 2", "ISO/IEC JTC 1/SC 6", 0.8, secondBody: "ISO/IEC"),
            Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T SG17", 0.3),
        ];

        // Act
        var ranking = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty);

        // Assert
        ranking.Suggestions.ShouldHaveSingleItem().FirstCommittee.ShouldBe("ISO/TC 307");
        ranking.InternalCoordination.Select(s => (s.FirstCommittee, s.Internal)).ShouldBe(
        [
            ("ITU-T SG13", "same body (ITU-T)"),
            ("ISO/IEC JTC 1", "ISO/IEC JTC 1 contains ISO/IEC JTC 1/SC 6"),
        ]);
    }

    [Fact]
    public void Rank_StrengthNormalisedByCommitteeSize_DenseSmallPairOutranksProlificOne()
    {
        // Arrange: 100 × 100 documents with 3 overlaps (sum 1.8) against 2 × 2 with 2 overlaps (sum 1.0); sizes get a prior of 5.
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 1", "ITU-T X.1", "ITU-T SG1", 0.6),
            Overlap("ISO 2", "ISO/TC 1", "ITU-T X.2", "ITU-T SG1", 0.6),
            Overlap("ISO 3", "ISO/TC 1", "ITU-T X.3", "ITU-T SG1", 0.6),
            Overlap("ISO 4", "ISO/TC 307", "ITU-T X.4", "ITU-T Q14/17", 0.5),
            Overlap("ISO 5", "ISO/TC 307", "ITU-T X.5", "ITU-T Q14/17", 0.5),
        ];
        var context = new LiaisonContext { Sizes = new Dictionary<string, int> { ["ISO/TC 1"] = 100, ["ITU-T SG1"] = 100, ["ISO/TC 307"] = 2, ["ITU-T Q14/17"] = 2 } };

        // Act
        var suggestions = LiaisonRanker.Rank(overlaps, context).Suggestions;

        // Assert
        suggestions.Select(s => (s.FirstCommittee, s.Strength, s.Sum)).ShouldBe([("ISO/TC 307", 0.143, 1.0), ("ISO/TC 1", 0.017, 1.8)]);
    }

    [Fact]
    public void Rank_RegisteredLiaisonBetweenParents_LabelsThePairExisting()
    {
        // Arrange
        Overlap[] overlaps =
        [
            Overlap("ISO 1", "ISO/TC 307/WG 3", "ITU-T X.1", "ITU-T Q14/17", 0.5),
            Overlap("ISO 2", "ISO/TC 307", "IEEE 2", "IEEE C/BDL", 0.4),
        ];
        var context = new LiaisonContext { Registry = [CommitteeLiaison.Create("ITU-T SG17", "ISO/TC 307", "A")] };

        // Act
        var suggestions = LiaisonRanker.Rank(overlaps, context).Suggestions;

        // Assert
        suggestions.Select(s => (s.FirstCommittee, s.Existing)).ShouldBe(
        [
            ("ISO/TC 307/WG 3", "ISO/TC 307 ↔ ITU-T SG17 (A)"),
            ("IEEE C/BDL", null),
        ]);
    }

    [Fact]
    public void Relabel_RegistryChangedSinceTheRun_ExistingFollowsTheRegistryNow()
    {
        // Arrange: the run saw no registry; since then ISO/TC 307 ↔ ITU-T SG17 was registered.
        var stored = LiaisonRanker.Rank([Overlap("ISO 1", "ISO/TC 307", "ITU-T X.1", "ITU-T Q14/17", 0.5)], LiaisonContext.Empty).Suggestions;
        var now = new LiaisonContext { Registry = [CommitteeLiaison.Create("ISO/TC 307", "ITU-T SG17", "A")] };

        // Act
        var relabelled = LiaisonRanker.Relabel(stored, now);

        // Assert
        stored.ShouldHaveSingleItem().Existing.ShouldBeNull();
        relabelled.ShouldHaveSingleItem().Existing.ShouldBe("ISO/TC 307 ↔ ITU-T SG17 (A)");
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
        var suggestion = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty).Suggestions.ShouldHaveSingleItem();

        // Assert
        suggestion.Sum.ShouldBe(1.5);
        suggestion.Strength.ShouldBe(0.3); // 1.5 / √((0 + 5) × (0 + 5)): no sizes known
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
        var suggestions = LiaisonRanker.Rank(overlaps, LiaisonContext.Empty, limit: 1).Suggestions;

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
