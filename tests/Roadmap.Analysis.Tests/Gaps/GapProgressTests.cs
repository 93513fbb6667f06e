using Roadmap.Analysis.Gaps;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Gaps;

public sealed class GapProgressTests
{
    private static readonly DateOnly Since = new(2022, 1, 1);

    [Fact]
    public void Between_DocumentsOfATopic_WhatAppearedAdvancedOrClosedSinceTheDateNewestFirst()
    {
        // Arrange
        Document[] documents =
        [
            Doc("ISO 1", ("ISO 1:2020", LifecycleStage.Published, "2020-03")), // untouched
            Doc("ISO 2", ("ISO/DIS 2", LifecycleStage.InDevelopment, "2021-05"), ("ISO 2:2023", LifecycleStage.Published, "2023-02")), // completed
            Doc("ISO 3", ("ISO/AWI 3", LifecycleStage.InDevelopment, "2024-06")), // work started
            Doc("ISO 4", ("ISO 4:2018", LifecycleStage.Superseded, "2018-01"), ("ISO 4:2025", LifecycleStage.Published, "2025-01")), // revised
            Doc("ISO 5", ("ISO 5:2023", LifecycleStage.Published, "2023-09")), // published
        ];

        // Act
        var items = GapProgress.Between(documents, Since, null, key => key != "ISO 5");

        // Assert
        items.Select(i => (i.DocumentKey, i.Change, i.CountsAsCoverage)).ShouldBe(
        [
            ("ISO 4", GapProgressChange.Revised, true),
            ("ISO 3", GapProgressChange.WorkStarted, true),
            ("ISO 5", GapProgressChange.Published, false),
            ("ISO 2", GapProgressChange.Completed, true),
        ]);
        items.Single(i => i.DocumentKey == "ISO 2").Then!.EditionId.ShouldBe("ISO/DIS 2");
    }

    [Theory]
    [InlineData(LifecycleStage.Published, LifecycleStage.Withdrawn, GapProgressChange.Withdrawn)]
    [InlineData(LifecycleStage.InDevelopment, LifecycleStage.UnderReview, GapProgressChange.Completed)]
    [InlineData(LifecycleStage.Proposed, LifecycleStage.InDevelopment, GapProgressChange.Advanced)]
    public void Change_StageMoved_NamedForAProgressReport(LifecycleStage then, LifecycleStage now, GapProgressChange expected)
    {
        // Act
        var change = GapProgress.Change(LandscapeBuilder.Document("ISO 9", then), LandscapeBuilder.Document("ISO 9", now));

        // Assert
        change.ShouldBe(expected);
    }

    [Fact]
    public void Change_GoneAtBothEndsOrNothingMoved_Nothing()
    {
        // Arrange
        var gone = LandscapeBuilder.Document("ISO 9", LifecycleStage.Withdrawn);
        var same = LandscapeBuilder.Document("ISO 8", LifecycleStage.Published);

        // Act / Assert
        GapProgress.Change(gone, gone).ShouldBeNull();
        GapProgress.Change(same, same).ShouldBeNull();
        GapProgress.Change(null, gone).ShouldBeNull();
    }

    private static Document Doc(string key, params (string Id, LifecycleStage Stage, string Published)[] editions) =>
        DocumentEditions.Create(key, "ISO", DocumentKind.Standard, [.. editions.Select(e => LandscapeBuilder.Edition(e.Id, e.Stage, e.Published))]);
}
