using Roadmap.Application.Errors;
using Roadmap.Application.Gaps;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Tests.Gaps;

public sealed class GapEditorTests : IDisposable
{
    private readonly UseCases _cases = new();
    private readonly GapEditor _editor;

    public GapEditorTests() => _editor = new GapEditor(_cases.Analysis, _cases.Audit, _cases.Time);

    public void Dispose() => _cases.Dispose();

    [Fact]
    public async Task CreateAsync_NoPriorityOrOwner_TakesThemFromTheTopicAndAudits()
    {
        // Arrange
        var topic = _cases.Analysis.Taxonomy.Find("dlt")!;

        // Act
        var gap = await _editor.CreateAsync(new CreateGapCommand { TopicId = " dlt ", Statement = "  No test suite for ledgers ", Note = "from the workshop" }, UseCases.Editor, TestContext.Current.CancellationToken);

        // Assert
        gap.TopicId.ShouldBe("dlt");
        gap.Statement.ShouldBe("No test suite for ledgers");
        gap.EditorCreated.ShouldBeTrue();
        gap.Priority.ShouldBe(Math.Round(100 * topic.Weight, 1));
        gap.Notes.ShouldHaveSingleItem().Author.ShouldBe("alice (k_1)");
        gap.History.ShouldHaveSingleItem().At.ShouldBe(_cases.Time.GetUtcNow());
        var entry = _cases.AuditLog.Entries.ShouldHaveSingleItem();
        (entry.Action, entry.Target, entry.Role, entry.Before).ShouldBe(("createGap", gap.Id, "editor", (string?)null));
    }

    [Fact]
    public async Task CreateAsync_UnknownTopic_FailsAsNotFoundAndWritesNothing()
    {
        var error = await Should.ThrowAsync<NotFoundException>(() => _editor.CreateAsync(new CreateGapCommand { TopicId = "nowhere", Statement = "x" }, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("createGap: no topic 'nowhere' in the taxonomy");
        _cases.Store.Writes.ShouldBe(0);
        _cases.AuditLog.Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public async Task CreateAsync_PriorityOutOfRange_FailsAsInvalidInput(double priority)
    {
        await Should.ThrowAsync<InvalidInputException>(() => _editor.CreateAsync(new CreateGapCommand { TopicId = "dlt", Statement = "x", Priority = priority }, UseCases.Editor, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_FailsWithTheCurrentVersionAndChangesNothing()
    {
        // Arrange
        var gap = await CreateAsync();
        await _editor.UpdateAsync(new UpdateGapCommand { Id = gap.Id, ExpectedVersion = gap.Version, Priority = 50, PriorityReason = "workshop" }, UseCases.Editor, TestContext.Current.CancellationToken);

        // Act
        var error = await Should.ThrowAsync<EditConflictException>(() => _editor.UpdateAsync(new UpdateGapCommand { Id = gap.Id, ExpectedVersion = gap.Version, Priority = 60, PriorityReason = "later" }, UseCases.Editor, TestContext.Current.CancellationToken));

        // Assert
        error.CurrentVersion.ShouldBe(gap.Version + 1);
        error.Message.ShouldStartWith($"updateGap: gap '{gap.Id}' is at version {gap.Version + 1}, not {gap.Version}");
        (await _cases.Store.GetGapAsync(gap.Id, TestContext.Current.CancellationToken))!.Priority.ShouldBe(50);
    }

    [Fact]
    public async Task UpdateAsync_PriorityWithoutAReason_FailsAsInvalidInputAndChangesNothing()
    {
        // Arrange
        var gap = await CreateAsync();

        // Act
        var error = await Should.ThrowAsync<InvalidInputException>(() => _editor.UpdateAsync(new UpdateGapCommand { Id = gap.Id, ExpectedVersion = gap.Version, Priority = 99 }, UseCases.Editor, TestContext.Current.CancellationToken));

        // Assert
        error.Message.ShouldContain("priorityReason");
        (await _cases.Store.GetGapAsync(gap.Id, TestContext.Current.CancellationToken))!.Version.ShouldBe(gap.Version);
    }

    [Fact]
    public async Task UpdateAsync_PriorityWithAReason_KeptAsTheEditorsOverrideWithWhoAndWhy()
    {
        // Arrange
        var gap = await CreateAsync();

        // Act
        var updated = await _editor.UpdateAsync(new UpdateGapCommand { Id = gap.Id, ExpectedVersion = gap.Version, Priority = 88, PriorityReason = "the focus group's first concern" }, UseCases.Editor, TestContext.Current.CancellationToken);

        // Assert
        updated.Priority.ShouldBe(88);
        (updated.PriorityOverride!.Score, updated.PriorityOverride.Reason, updated.PriorityOverride.Editor).ShouldBe((88.0, "the focus group's first concern", UseCases.Editor.Name));
    }

    [Fact]
    public async Task UpdateAsync_NothingToChange_FailsAsInvalidInput()
    {
        var error = await Should.ThrowAsync<InvalidInputException>(() => _editor.UpdateAsync(new UpdateGapCommand { Id = "gap:dlt", ExpectedVersion = 1 }, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("updateGap: give at least one of statement, suggestedOwner, priority (with priorityReason), clearPriorityOverride");
    }

    [Fact]
    public async Task SetStatusAsync_UnknownGap_FailsAsNotFound()
    {
        var error = await Should.ThrowAsync<NotFoundException>(() => _editor.SetStatusAsync(new SetGapStatusCommand { Id = "gap:none", Status = GapStatus.Closed, Note = "done" }, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("setGapStatus: no gap 'gap:none'");
    }

    [Fact]
    public async Task SetStatusAsync_WithNote_RecordsTheChangeTheNoteAndTheAuditEntry()
    {
        // Arrange
        var gap = await CreateAsync();

        // Act
        var closed = await _editor.SetStatusAsync(new SetGapStatusCommand { Id = gap.Id, Status = GapStatus.Closed, Note = " covered by ISO 22739 " }, UseCases.Editor, TestContext.Current.CancellationToken);

        // Assert
        closed.Status.ShouldBe(GapStatus.Closed);
        closed.History[^1].Reason.ShouldBe("covered by ISO 22739");
        closed.Notes[^1].Text.ShouldBe("covered by ISO 22739");
        _cases.AuditLog.Entries[^1].Action.ShouldBe("setGapStatus");
        _cases.AuditLog.Entries[^1].Before.ShouldNotBeNull();
    }

    [Fact]
    public async Task AddNoteAsync_BlankText_FailsAsInvalidInput()
    {
        var gap = await CreateAsync();

        var error = await Should.ThrowAsync<InvalidInputException>(() => _editor.AddNoteAsync(new AddGapNoteCommand { Id = gap.Id, Text = "   " }, UseCases.Editor, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("text must not be empty");
    }

    private Task<Gap> CreateAsync() =>
        _editor.CreateAsync(new CreateGapCommand { TopicId = "dlt", Statement = "No test suite" }, UseCases.Editor, TestContext.Current.CancellationToken);
}
