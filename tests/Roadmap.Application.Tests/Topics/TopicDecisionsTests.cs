using Roadmap.Application.Errors;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Tests.Topics;

public sealed class TopicDecisionsTests : IDisposable
{
    private readonly UseCases _cases = new(DocumentsOnlyStore.Create("ISO/TR 23455"));
    private readonly TopicDecisions _decisions;

    public TopicDecisionsTests() => _decisions = new TopicDecisions(_cases.Analysis, _cases.Graph, _cases.Audit, _cases.Time);

    public void Dispose() => _cases.Dispose();

    [Fact]
    public async Task DecideAsync_Pin_AddsThePinnedRowWakesThePipelineAndAudits()
    {
        // Arrange
        var requests = _cases.Wake.Requests;

        // Act
        var row = await _decisions.DecideAsync(" ISO/TR 23455 ", "dlt", DecisionKind.Pin, "core text", UseCases.Editor, TestContext.Current.CancellationToken);

        // Assert
        row.ShouldNotBeNull();
        (row.TopicId, row.Pinned, row.Rejected, row.Score).ShouldBe(("dlt", true, false, 1.0));
        _cases.Wake.Requests.ShouldBe(requests + 1);
        var entry = _cases.AuditLog.Entries.ShouldHaveSingleItem();
        (entry.Action, entry.Target, entry.Note).ShouldBe(("pinTopic", "ISO/TR 23455 · dlt", "core text"));
    }

    [Fact]
    public async Task DecideAsync_Reject_ReturnsTheRejectedRow()
    {
        var row = await _decisions.DecideAsync("ISO/TR 23455", "dlt", DecisionKind.Reject, null, UseCases.Editor, TestContext.Current.CancellationToken);

        row.ShouldNotBeNull().Rejected.ShouldBeTrue();
        _cases.AuditLog.Entries.ShouldHaveSingleItem().Action.ShouldBe("rejectTopic");
    }

    [Fact]
    public async Task DecideAsync_UnknownDocument_FailsAsNotFoundNamingTheAction()
    {
        var error = await Should.ThrowAsync<NotFoundException>(() => _decisions.DecideAsync("ISO 99999", "dlt", DecisionKind.Pin, null, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldStartWith("pinTopic: no document 'ISO 99999'");
        _cases.Store.Writes.ShouldBe(0);
    }

    [Fact]
    public async Task DecideAsync_UnknownTopic_FailsAsNotFound()
    {
        var error = await Should.ThrowAsync<NotFoundException>(() => _decisions.DecideAsync("ISO/TR 23455", "astrology", DecisionKind.Reject, null, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("rejectTopic: no topic 'astrology' in the taxonomy");
    }

    [Fact]
    public async Task ClearAsync_NoDecision_IsFalseAndAuditsNothing()
    {
        var removed = await _decisions.ClearAsync("ISO/TR 23455", "dlt", UseCases.Editor, TestContext.Current.CancellationToken);

        removed.ShouldBeFalse();
        _cases.AuditLog.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task ClearAsync_AfterAPin_RemovesItAndAudits()
    {
        // Arrange
        await _decisions.DecideAsync("ISO/TR 23455", "dlt", DecisionKind.Pin, null, UseCases.Editor, TestContext.Current.CancellationToken);

        // Act
        var removed = await _decisions.ClearAsync("ISO/TR 23455", "dlt", UseCases.Editor, TestContext.Current.CancellationToken);

        // Assert
        removed.ShouldBeTrue();
        _cases.AuditLog.Entries[^1].Action.ShouldBe("clearTopicDecision");
        (await _cases.Store.GetDecisionsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }
}
