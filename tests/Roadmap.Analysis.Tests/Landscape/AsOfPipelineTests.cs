using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Landscape;

/// <summary>How a past view places work the sources do not date on the day: stage steps, publication soon after, no date.</summary>
public sealed class AsOfPipelineTests
{
    private static readonly DateOnly EndOf2019 = new(2019, 12, 31);

    private static Document Published(string key, string date, params StageStep[] steps) =>
        DocumentEditions.Create(key, "ISO", DocumentKind.Standard, [LandscapeBuilder.Edition(key + ":1", LifecycleStage.Published, date) with { Stages = steps }]);

    private static StageStep Step(string code, string date) => new(IsoStages.Map(code), PartialDate.Parse(date));

    [Fact]
    public void View_PublishedWithinTheWindowAfterTheDate_InDevelopmentThenAndSaidSo()
    {
        // Act
        var view = AsOf.View(Published("ISO 1", "2020-07"), EndOf2019, AsOfRules.Analysis)!;

        // Assert
        (view.Ongoing, view.Basis).ShouldBe((true, "published 2020-07, within 12 months"));
        view.State.ShouldBe("InDevelopment (published 2020-07, within 12 months)");
    }

    [Theory]
    [InlineData("2021-01")] // a month past the window
    [InlineData("2023")]
    public void View_PublishedLaterThanTheWindow_NotThere(string published) =>
        AsOf.View(Published("ISO 1", published), EndOf2019, AsOfRules.Analysis).ShouldBeNull();

    [Fact]
    public void View_SourcesOnly_NeverInfers() =>
        AsOf.View(Published("ISO 1", "2020-07"), EndOf2019).ShouldBeNull();

    [Fact]
    public void View_StageStepOnOrBeforeTheDate_AtThatStageThenEvenWhenPublishedYearsLater()
    {
        // Act
        var view = AsOf.View(Published("ISO 1", "2023-02", Step("20.00", "2018-03-01"), Step("30.00", "2019-06-01"), Step("60.60", "2023-02-01")), EndOf2019)!;

        // Assert: a fact, whatever the rules
        (view.Stage, view.Basis).ShouldBe((LifecycleStage.InDevelopment, "at stage 30.00 since 2019-06-01"));
    }

    [Fact]
    public void View_WorkStartedAfterTheDate_NotThereAlthoughPublishedWithinTheWindow() =>
        AsOf.View(Published("ISO 1", "2020-11", Step("20.00", "2020-02-01"), Step("60.60", "2020-11-01")), EndOf2019, AsOfRules.Analysis).ShouldBeNull();

    [Fact]
    public void View_UndatedWorkInDevelopment_KeptAsDateUnknownNeverCountedAsWorkThen()
    {
        // Arrange
        var draft = DocumentEditions.Create("ISO 2", "ISO", DocumentKind.Standard, [LandscapeBuilder.Edition("ISO/CD 2", LifecycleStage.InDevelopment, null)]);

        // Act
        var view = AsOf.View(draft, EndOf2019, AsOfRules.Analysis)!;

        // Assert
        (view.DateUnknown, view.Ongoing, view.InForce, view.Gone).ShouldBe((true, false, false, false));
        AsOf.View(draft, EndOf2019).ShouldBeNull();
    }

    [Fact]
    public void Pipeline_WorkUnderway_WhenOneDocumentWasInDevelopmentThen()
    {
        // Act
        var pipeline = LeafPipeline.Of("t", [Published("ISO 1", "2020-07"), Published("ISO 3", "2023")], EndOf2019, AsOfRules.Analysis);

        // Assert
        pipeline.State.ShouldBe(PipelineState.Underway);
        pipeline.Underway.ShouldHaveSingleItem().DocumentKey.ShouldBe("ISO 1");
        pipeline.Unplaced.ShouldHaveSingleItem().Note.ShouldBe("first dated 2023; when work began is not recorded");
    }

    [Fact]
    public void Pipeline_OnlyLaterDocumentsWithoutHistory_Unknown() =>
        LeafPipeline.Of("t", [Published("ISO 3", "2022-03")], EndOf2019, AsOfRules.Analysis).State.ShouldBe(PipelineState.Unknown);

    [Fact]
    public void Pipeline_NothingOrOnlyWorkKnownToStartLaterOrOnlyTextsInForceThen_Nobody()
    {
        LeafPipeline.Of("t", [], EndOf2019, AsOfRules.Analysis).State.ShouldBe(PipelineState.Nobody);
        LeafPipeline.Of("t", [Published("ISO 4", "2022-03", Step("20.00", "2021-01-01"))], EndOf2019, AsOfRules.Analysis).State.ShouldBe(PipelineState.Nobody);
        LeafPipeline.Of("t", [Published("ISO 5", "2016-05")], EndOf2019, AsOfRules.Analysis).State.ShouldBe(PipelineState.Nobody);
    }

    [Theory]
    [InlineData("Inactive")]
    [InlineData("Superseded")]
    public void View_IeeeDraftDatedBeforeTheDateThatTheStandardFollowed_InDevelopmentThen(string draftStatus)
    {
        // Arrange: a draft of 2019-05, now inactive or superseded, and the standard approved in 2021
        var draft = LandscapeBuilder.Edition("IEEE P2418.2/D-1-2019-05", LifecycleStage.Deleted, "2019-05", "IEEE BDL") with { Lifecycle = OtherStatuses.IeeeDraft(draftStatus) };
        var standard = LandscapeBuilder.Edition("IEEE Std 2418.2-2020", LifecycleStage.Published, "2021-03", "IEEE BDL");
        var document = DocumentEditions.Create("IEEE 2418.2", "IEEE", DocumentKind.Standard, [draft, standard]);

        // Act
        var view = AsOf.View(document, EndOf2019)!;

        // Assert
        (view.EditionId, view.Stage).ShouldBe(("IEEE P2418.2/D-1-2019-05", LifecycleStage.InDevelopment));
        LeafPipeline.Of("t", [document], EndOf2019, AsOfRules.Analysis).State.ShouldBe(PipelineState.Underway);
    }
}
