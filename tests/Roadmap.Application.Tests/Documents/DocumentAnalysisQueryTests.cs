using Roadmap.Application.Documents;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Tests.Documents;

public sealed class DocumentAnalysisQueryTests : IDisposable
{
    private const string Key = "ITU-T X.1401";
    private readonly UseCases _cases = new();

    public void Dispose() => _cases.Dispose();

    [Fact]
    public async Task GetAsync_BeforeAnyRun_IsNull()
    {
        var analysis = await new DocumentAnalysisQuery(_cases.Analysis).GetAsync(Key, TestContext.Current.CancellationToken);

        analysis.ShouldBeNull();
    }

    [Fact]
    public async Task GetAsync_AfterARun_ListsPrimaryTopicFirstWithEvidenceAndTheDocumentsGapsAndOverlaps()
    {
        // Arrange: a stronger secondary topic, and a weaker one matched in the title that is the primary (a security leaf).
        var ct = TestContext.Current.CancellationToken;
        var store = _cases.Store;
        await store.SaveRunAsync(new AnalysisRun { Id = "run-1", StartedAt = _cases.Time.GetUtcNow(), Mode = AnalysisMode.Full, TaxonomyHash = "h" }, null, ct);
        await store.ReplaceClassificationsAsync(null,
        [
            Assignment("foundations.concepts", 0.9, "scope:ledger"),
            Assignment("security.threats", 0.6, "title:threat"),
            Assignment("dlt", 0.95, "title:ledger"),
        ], ct);
        await store.SaveGapsAsync(
        [
            new Gap { Id = "gap:security.threats", TopicId = "security.threats", Statement = "thin", Evidence = [new GapEvidence(Key, MappingType.Supporting, 0.6)] },
            new Gap { Id = "gap:security.crypto", TopicId = "security.crypto", Statement = "none", WorkInProgress = [Key] },
            new Gap { Id = "gap:privacy.pii", TopicId = "privacy.pii", Statement = "other", Evidence = [new GapEvidence("ISO 22739", MappingType.Direct, 0.9)] },
        ], ct);
        await store.ReplaceOverlapsAsync([Overlap(Key, "ISO 23257", 0.5), Overlap("ISO 22739", "ISO 23257", 0.7)], ct);

        // Act
        var analysis = await new DocumentAnalysisQuery(_cases.Analysis).GetAsync(Key, ct);

        // Assert
        analysis.ShouldNotBeNull();
        analysis.RunId.ShouldBe("run-1");
        var primary = analysis.Topics[0];
        (primary.TopicId, primary.Primary, primary.Name).ShouldBe(("security.threats", true, "Security threats"));
        primary.Evidence.ShouldHaveSingleItem().Terms.ShouldBe(["title:threat"]);
        analysis.Topics.Skip(1).Select(t => t.TopicId).ShouldBe(["dlt", "foundations.concepts"]);
        analysis.Gaps.Select(g => g.Id).ShouldBe(["gap:security.threats", "gap:security.crypto"], ignoreOrder: true);
        analysis.Overlaps.ShouldHaveSingleItem().SecondKey.ShouldBe("ISO 23257");
    }

    private static TopicAssignment Assignment(string topic, double score, string term) => new()
    {
        DocumentKey = Key,
        TopicId = topic,
        Score = score,
        Evidence = [new ClassificationEvidence(EvidenceKind.Rule, topic + "#1", term, [term], score)],
    };

    private static Overlap Overlap(string first, string second, double score) => new()
    {
        FirstKey = first,
        SecondKey = second,
        FirstBody = "ITU-T",
        SecondBody = "ISO",
        Score = score,
        TextSimilarity = score,
        TopicSimilarity = 0,
        SharedTerms = ["ledger"],
        SharedTopics = [],
    };
}
