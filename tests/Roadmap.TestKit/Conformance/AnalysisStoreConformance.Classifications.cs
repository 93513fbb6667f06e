using Roadmap.Core.Analysis;

namespace Roadmap.TestKit.Conformance;

public abstract partial class AnalysisStoreConformance
{
    [Fact]
    public async Task ReplaceClassifications_ForSomeDocuments_LeavesTheOthers()
    {
        // Arrange
        await Store.ReplaceClassificationsAsync(null, [Assignment("A", "t1"), Assignment("A", "t2"), Assignment("B", "t1")], Ct);

        // Act
        await Store.ReplaceClassificationsAsync(["A"], [Assignment("A", "t3", 0.6)], Ct);
        var all = await Store.GetClassificationsAsync(null, Ct);

        // Assert
        all.Select(a => $"{a.DocumentKey}/{a.TopicId}").ShouldBe(["A/t3", "B/t1"]);
    }

    [Fact]
    public async Task ReplaceClassifications_All_RemovesStaleOnes()
    {
        await Store.ReplaceClassificationsAsync(null, [Assignment("A", "t1"), Assignment("B", "t1")], Ct);

        await Store.ReplaceClassificationsAsync(null, [Assignment("C", "t2")], Ct);

        (await Store.GetClassificationsAsync(null, Ct)).Select(a => a.DocumentKey).ShouldBe(["C"]);
    }

    [Fact]
    public async Task GetClassifications_ReadsScoreAndEvidenceBackEqual()
    {
        var assignment = Assignment("ITU-T X.1401", "security.threats", 0.92, "title:threat", "title:secur");
        await Store.ReplaceClassificationsAsync(null, [assignment], Ct);

        var read = (await Store.GetClassificationsAsync(["ITU-T X.1401", "missing"], Ct)).Single();

        read.Score.ShouldBe(0.92);
        read.Evidence.Single().ShouldBe(assignment.Evidence[0] with { Terms = read.Evidence[0].Terms });
        read.Evidence.Single().Terms.ShouldBe(["title:threat", "title:secur"]);
    }

    [Fact]
    public async Task Decisions_LaterDecisionOnSamePair_ReplacesTheEarlier()
    {
        await Store.SaveDecisionAsync(new EditorDecision { DocumentKey = "A", TopicId = "t1", Kind = DecisionKind.Pin, Editor = "editor:alice", At = T0 }, Ct);

        await Store.SaveDecisionAsync(new EditorDecision { DocumentKey = "A", TopicId = "t1", Kind = DecisionKind.Reject, Editor = "editor:bob", At = T0.AddHours(1), Note = "not DLT" }, Ct);
        var decisions = await Store.GetDecisionsAsync(Ct);

        decisions.Single().ShouldBe(new EditorDecision { DocumentKey = "A", TopicId = "t1", Kind = DecisionKind.Reject, Editor = "editor:bob", At = T0.AddHours(1), Note = "not DLT" });
    }

    [Fact]
    public async Task Decisions_SurviveReplacingEveryClassification()
    {
        await Store.SaveDecisionAsync(new EditorDecision { DocumentKey = "A", TopicId = "t1", Kind = DecisionKind.Pin, Editor = "editor:alice", At = T0 }, Ct);

        await Store.ReplaceClassificationsAsync(null, [], Ct);

        (await Store.GetDecisionsAsync(Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RemoveDecision_ExistingAndMissing_SaysWhichItWas()
    {
        await Store.SaveDecisionAsync(new EditorDecision { DocumentKey = "A", TopicId = "t1", Kind = DecisionKind.Pin, Editor = "editor:alice", At = T0 }, Ct);

        (await Store.RemoveDecisionAsync("A", "t1", Ct)).ShouldBeTrue();
        (await Store.RemoveDecisionAsync("A", "t1", Ct)).ShouldBeFalse();
        (await Store.GetDecisionsAsync(Ct)).ShouldBeEmpty();
    }
}
