using Roadmap.Analysis.Overlaps;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Overlaps;

/// <summary>The detector with sentence embeddings: a fake embedder maps each title subject to a chosen unit vector.</summary>
public sealed class OverlapDetectorSemanticTests
{
    // "Authorization services" and "Access control platform" mean nearly the same (cosine 0.8) and share no word.
    private static readonly Dictionary<string, float[]> Vectors = new(StringComparer.Ordinal)
    {
        ["Authorization services"] = [1f, 0f, 0f],
        ["Access control platform"] = [0.8f, 0.6f, 0f],
        ["Energy trading"] = [0f, 0f, 1f],
    };

    private static readonly OverlapCandidate Itu = new("ITU-T F.1", "ITU-T", "ITU-T SG21", "Authorization services", null, ["sec.access"]) { Primary = "sec.access" };
    private static readonly OverlapCandidate Ieee = new("IEEE 1", "IEEE", "IEEE C/BDL", "Access control platform", null, ["sec.access"]) { Primary = "sec.access" };
    private static readonly OverlapCandidate Iso = new("ISO 1", "ISO", "ISO/TC 307", "Energy trading", null, ["env.energy"]) { Primary = "env.energy" };

    private readonly OverlapDetector _detector = new(new FakeTextMatcher(), new FakeEmbedder(Vectors));

    [Fact]
    public void Detect_SameLeafNoSharedWord_ScoredOnMeaning()
    {
        // Act
        var overlap = _detector.Detect([Itu, Ieee, Iso], [], OverlapDetector.DefaultSemanticMinScore, TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        // Assert: 0.7 × 0.8 + 0.3 × 0 (no word shared).
        (overlap.FirstKey, overlap.SecondKey).ShouldBe(("IEEE 1", "ITU-T F.1"));
        (overlap.SemanticSimilarity, overlap.TextSimilarity, overlap.Score).ShouldBe(((double?)0.8, 0.0, 0.56));
        _detector.Semantic.ShouldBeTrue();
    }

    [Fact]
    public void Detect_CloseMeaningButNoSharedLeaf_NotListed()
    {
        // Arrange: the same two titles, filed under different leaves: adjacent work at most.
        var elsewhere = Ieee with { Topics = ["apps.finance"], Primary = "apps.finance" };

        // Act
        var overlaps = _detector.Detect([Itu, elsewhere], [], minScore: 0, TestContext.Current.CancellationToken);

        // Assert
        overlaps.ShouldBeEmpty();
    }

    [Fact]
    public void Detect_SameMeaningBelowTheMinimum_Dropped()
    {
        // Act
        var overlaps = _detector.Detect([Itu, Ieee], [], minScore: 0.6, TestContext.Current.CancellationToken);

        // Assert
        overlaps.ShouldBeEmpty();
    }

    [Fact]
    public void Detect_WithoutEmbedder_SemanticSimilarityAbsent()
    {
        // Act
        var overlap = new OverlapDetector(new FakeTextMatcher()).Detect([Itu, Ieee], [], minScore: 0, TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        // Assert: words only: same primary and topics, no word shared.
        (overlap.SemanticSimilarity, overlap.Score).ShouldBe(((double?)null, 0.45));
    }
}
