using Roadmap.Analysis.Overlaps;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Overlaps;

/// <summary>An ITU-T and a JTC 1 text with near-identical titles and no recorded relation are flagged as likely common text.</summary>
public sealed class LikelyCommonTextTests
{
    private static readonly Dictionary<string, float[]> Vectors = new(StringComparer.Ordinal)
    {
        ["Cloud computing overview and vocabulary"] = [1f, 0f],
        ["Cloud computing reference architecture"] = [0.6f, 0.8f],
    };

    private readonly OverlapDetector _detector = new(new FakeTextMatcher(), new FakeEmbedder(Vectors));

    private static OverlapCandidate Candidate(string key, string body, string title) =>
        new(key, body, null, title, null, ["cloud.basics"]) { Primary = "cloud.basics" };

    [Fact]
    public void Detect_ItuAndJtc1SameTitle_FlaggedLikelyCommonText()
    {
        // Act
        var overlap = _detector.Detect(
            [Candidate("ITU-T Y.3500", "ITU-T", "Cloud computing overview and vocabulary"), Candidate("ISO/IEC 17788", "ISO", "Cloud computing overview and vocabulary")],
            [], minScore: 0, TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        // Assert
        overlap.LikelyCommonText.ShouldBeTrue();
    }

    [Theory]
    [InlineData("ISO 17788", "ISO")] // ISO alone, not JTC 1: no common texts with ITU-T
    [InlineData("ISO/IEC 17789", "ISO")] // JTC 1, but another subject
    public void Detect_NotItuAndJtc1OrNotTheSameText_NotFlagged(string key, string body)
    {
        // Arrange
        var title = key == "ISO/IEC 17789" ? "Cloud computing reference architecture" : "Cloud computing overview and vocabulary";

        // Act
        var overlaps = _detector.Detect([Candidate("ITU-T Y.3500", "ITU-T", "Cloud computing overview and vocabulary"), Candidate(key, body, title)], [], minScore: 0, TestContext.Current.CancellationToken);

        // Assert
        overlaps.ShouldAllBe(o => !o.LikelyCommonText);
    }

    [Fact]
    public void Detect_RecordedIdenticalRelation_KnownNotFlagged()
    {
        // Act
        var overlaps = _detector.Detect(
            [Candidate("ITU-T Y.3500", "ITU-T", "Cloud computing overview and vocabulary"), Candidate("ISO/IEC 17788", "ISO", "Cloud computing overview and vocabulary")],
            [new KnownRelation("ISO/IEC 17788", "ITU-T Y.3500", Roadmap.Core.Documents.RelationType.IdenticalTo)], minScore: 0, TestContext.Current.CancellationToken);

        // Assert
        overlaps.ShouldAllBe(o => !o.LikelyCommonText);
    }
}
