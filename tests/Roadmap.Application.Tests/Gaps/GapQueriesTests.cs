using Roadmap.Application.Gaps;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Tests.Gaps;

public sealed class GapQueriesTests : IDisposable
{
    private readonly UseCases _cases = new();

    public void Dispose() => _cases.Dispose();

    [Fact]
    public async Task ListAsync_TopicAscending_ListsTheSubtreesGapsLowestFirst()
    {
        // Arrange
        await _cases.Store.SaveGapsAsync([Gap("gap:a", "foundations.vocabulary", 40), Gap("gap:b", "foundations", 80), Gap("gap:c", "dlt", 90)], TestContext.Current.CancellationToken);
        var queries = new GapQueries(_cases.Analysis, _cases.Graph);

        // Act
        var listed = await queries.ListAsync(new GapQuery { Topic = "foundations", OrderBy = GapOrderField.Priority, Direction = Roadmap.Application.Gaps.SortDirection.Asc }, null, TestContext.Current.CancellationToken);

        // Assert
        listed.Select(g => g.Id).ShouldBe(["gap:a", "gap:b"]);
    }

    [Fact]
    public async Task FindAsync_UnknownId_IsNull()
    {
        var found = await new GapQueries(_cases.Analysis, _cases.Graph).FindAsync("gap:none", TestContext.Current.CancellationToken);

        found.ShouldBeNull();
    }

    private static Gap Gap(string id, string topic, double priority) => new()
    {
        Id = id,
        TopicId = topic,
        Statement = "missing " + topic,
        Kind = GapKind.Editor,
        Priority = priority,
    };
}
