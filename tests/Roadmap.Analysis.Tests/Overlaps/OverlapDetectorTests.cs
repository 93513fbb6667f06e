using Roadmap.Analysis.Overlaps;
using Roadmap.Core.Documents;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Overlaps;

public sealed class OverlapDetectorTests
{
    private readonly OverlapDetector _detector = new(new FakeTextMatcher());

    // The same four words in another order, from another body; a third document sharing one word; a fourth sharing none.
    private static readonly OverlapCandidate Iso = new("ISO 1", "ISO", "ISO/TC 307", "Smart contract security requirements", null, ["sc.security"]) { Primary = "sc.security" };
    private static readonly OverlapCandidate Itu = new("ITU-T X.1", "ITU-T", "ITU-T SG17", "Security requirements for smart contract", null, ["sc.security"]) { Primary = "sc.security" };
    private static readonly OverlapCandidate Ieee = new("IEEE 2", "IEEE", "IEEE C/BDL", "Energy consumption of blockchain mining security", null, ["env.energy"]);
    private static readonly OverlapCandidate W3c = new("W3C did", "W3C", "W3C DID WG", "Decentralized identifiers", null, ["id.did"]);

    [Fact]
    public void Detect_NearIdenticalTitlesFromTwoBodies_ScoreFullAndRankAboveUnrelatedPairs()
    {
        // Act
        var overlaps = _detector.Detect([Iso, Itu, Ieee, W3c], [], minScore: 0, TestContext.Current.CancellationToken);

        // Assert: the pair sharing no word at all is not even scored.
        overlaps.Select(o => $"{o.FirstKey} | {o.SecondKey}").ShouldBe(["ISO 1 | ITU-T X.1", "IEEE 2 | ISO 1", "IEEE 2 | ITU-T X.1"]);
        var twin = overlaps[0];
        (twin.Score, twin.TextSimilarity, twin.TopicSimilarity).ShouldBe((1.0, 1.0, 1.0));
        (twin.FirstBody, twin.SecondBody, twin.FirstCommittee, twin.SecondCommittee).ShouldBe(("ISO", "ITU-T", "ISO/TC 307", "ITU-T SG17"));
        twin.SharedTerms.ShouldBe(["contract", "requirements", "smart", "security"]); // "security" is in three titles: lower idf
        twin.SharedTopics.ShouldBe(["sc.security"]);
        twin.IsKnown.ShouldBeFalse();
        (overlaps[1].TextSimilarity, overlaps[1].TopicSimilarity, overlaps[1].Score).ShouldBe((0.1035, 0.0, 0.057)); // cosine 0.10355: only "security", whose idf is low
        overlaps[1].SharedTerms.ShouldBe(["security"]);
    }

    [Fact]
    public void Detect_SamePrimaryTopicNoSharedWord_StillACandidate()
    {
        // Arrange: two texts on one subject in different words the synonym vocabulary does not list.
        var iso = new OverlapCandidate("ISO 22", "ISO", "ISO/TC 307", "Ecosystem overview", null, ["f.landscape"]) { Primary = "f.landscape" };
        var itu = new OverlapCandidate("ITU-T X.2", "ITU-T", "ITU-T SG17", "Landscape study", null, ["f.landscape"]) { Primary = "f.landscape" };

        // Act
        var overlap = _detector.Detect([iso, itu, W3c], [], minScore: 0.3, TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        // Assert
        (overlap.FirstKey, overlap.SecondKey, overlap.TextSimilarity, overlap.Score).ShouldBe(("ISO 22", "ITU-T X.2", 0.0, 0.45));
    }

    [Fact]
    public void Detect_SynonymsOfTheVocabulary_ShareTheWord()
    {
        // Arrange: "Vocabulary" and "Terms and definitions" name one thing (schema/overlap-synonyms.csv).
        var iso = new OverlapCandidate("ISO 22", "ISO", "ISO/TC 307", "Vocabulary", null, ["f.vocabulary"]) { Primary = "f.vocabulary" };
        var itu = new OverlapCandidate("ITU-T X.2", "ITU-T", "ITU-T SG17", "Terms and definitions", null, ["f.vocabulary"]) { Primary = "f.vocabulary" };

        // Act
        var overlap = _detector.Detect([iso, itu, W3c], [], minScore: 0.3, TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        // Assert
        (overlap.TextSimilarity, overlap.Score).ShouldBe((1.0, 1.0));
        overlap.SharedTerms.ShouldBe(["vocabulary"]);
    }

    [Fact]
    public void Detect_PairBelowTheMinimumScore_Dropped()
    {
        // Act
        var overlaps = _detector.Detect([Iso, Itu, Ieee, W3c], [], minScore: 0.3, TestContext.Current.CancellationToken);

        // Assert
        overlaps.Select(o => o.SecondKey).ShouldBe(["ITU-T X.1"]);
    }

    [Fact]
    public void Detect_SameTextSamePrimaryHalfTheTopicsShared_ScoreBlendsTextTopicsAndPrimary()
    {
        // Act
        var overlap = _detector.Detect([Iso, Itu with { Topics = ["sc.security", "sc.lifecycle"] }], [], minScore: 0, TestContext.Current.CancellationToken).Single();

        // Assert
        (overlap.TextSimilarity, overlap.TopicSimilarity, overlap.Score).ShouldBe((1.0, 0.5, 0.9)); // 0.55 × 1 + 0.20 × 0.5 + 0.25
        overlap.SharedTopics.ShouldBe(["sc.security"]);
    }

    [Theory]
    [InlineData("ISO", "ISO/TC 307", false)] // one committee: its own work, not an overlap
    [InlineData("ISO", "ISO/TC 307/WG 3", true)] // the same body's other committee
    [InlineData("ISO", null, false)] // the same body, committee unknown: cannot tell
    [InlineData("IEC", "ISO/TC 307", true)] // another body
    public void Detect_SecondDocumentsBodyAndCommittee_OverlapOnlyAcrossGroups(string body, string? committee, bool expected)
    {
        // Arrange
        var other = Iso with { Key = "ISO 2", Body = body, Committee = committee };

        // Act
        var overlaps = _detector.Detect([Iso, other], [], minScore: 0, TestContext.Current.CancellationToken);

        // Assert
        overlaps.Count.ShouldBe(expected ? 1 : 0);
    }

    [Fact]
    public void Detect_KnownRelation_MarkedKnownWhateverTheScoreOrGroup()
    {
        // Arrange: one committee's two documents sharing one word, far below the minimum score.
        var sibling = Ieee with { Key = "ISO 3", Body = "ISO", Committee = "ISO/TC 307", Topics = [] };

        // Act
        var overlap = _detector.Detect([Iso, sibling], [new KnownRelation("ISO 3", "ISO 1", RelationType.CommonText)], minScore: 0.9, TestContext.Current.CancellationToken).Single();

        // Assert
        (overlap.FirstKey, overlap.SecondKey, overlap.KnownRelation, overlap.IsKnown).ShouldBe(("ISO 1", "ISO 3", (RelationType?)RelationType.CommonText, true));
        overlap.Score.ShouldBeLessThan(0.9);
    }

    [Fact]
    public void Detect_KnownPairSharingNoWord_StillListedAsARelation()
    {
        // Act
        var overlap = _detector.Detect([Iso, W3c with { Topics = ["sc.security"] }], [new KnownRelation("ISO 1", "W3C did", RelationType.AdoptedFrom)], minScore: 0.5, TestContext.Current.CancellationToken).Single();

        // Assert
        (overlap.KnownRelation, overlap.TextSimilarity, overlap.TopicSimilarity, overlap.Score).ShouldBe(((RelationType?)RelationType.AdoptedFrom, 0.0, 1.0, 0.2));
        overlap.SharedTerms.ShouldBeEmpty();
    }

    [Fact]
    public void Detect_DocumentWithTwelvePartners_KeepsItsTenStrongestAndEveryKnownPair()
    {
        // Arrange: partner i adds i − 1 words of its own to "ledger", so the fewer it adds, the closer it is.
        var hub = new OverlapCandidate("ISO 100", "ISO", "ISO/TC 307", "Ledger", null, []);
        var partners = Enumerable.Range(1, 12)
            .Select(i => new OverlapCandidate($"ITU-T X.{i:D2}", "ITU-T", "ITU-T SG17", string.Join(' ', ["Ledger", .. Enumerable.Range(1, i - 1).Select(j => $"w{i}x{j}")]), null, []))
            .ToList();

        // Act
        var overlaps = _detector.Detect([hub, .. partners], [new KnownRelation("ISO 100", "ITU-T X.12", RelationType.Twin)], minScore: 0, TestContext.Current.CancellationToken);

        // Assert
        overlaps.Select(o => o.SecondKey).ShouldBe([.. Enumerable.Range(1, 10).Select(i => $"ITU-T X.{i:D2}"), "ITU-T X.12"]);
        overlaps[^1].IsKnown.ShouldBeTrue();
    }
}
