using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Landscape;

public sealed class AsOfTests
{
    // ISO 22739: the 2020-07 edition, superseded by the 2024-05 one.
    private static readonly Document Vocabulary = DocumentEditions.Create("ISO 22739", "ISO", DocumentKind.Standard,
    [
        LandscapeBuilder.Edition("ISO 22739:2020", LifecycleStage.Superseded, "2020-07"),
        LandscapeBuilder.Edition("ISO 22739:2024", LifecycleStage.Published, "2024-05"),
    ]);

    [Fact]
    public void View_NoDate_TheDocumentAsItIsNow()
    {
        // Act
        var view = AsOf.View(Vocabulary, null)!;

        // Assert
        (view.EditionId, view.Stage, view.Published).ShouldBe(("ISO 22739:2024", LifecycleStage.Published, (PartialDate?)PartialDate.Parse("2024-05")));
        view.Document.ShouldBeSameAs(Vocabulary);
    }

    [Theory]
    [InlineData("2020-06-30", null)] // before the first edition: the document did not exist yet
    [InlineData("2020-07-01", "ISO 22739:2020")] // a month-only date counts from its first day
    [InlineData("2024-04-30", "ISO 22739:2020")]
    [InlineData("2024-05-01", "ISO 22739:2024")]
    public void View_Date_TheNewestEditionDatedOnOrBeforeIt(string date, string? edition)
    {
        // Act
        var view = AsOf.View(Vocabulary, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        (view?.EditionId).ShouldBe(edition);
    }

    [Fact]
    public void View_DraftGoneInactiveAfterTheStandardWasApproved_TheStandardWasCurrentThen()
    {
        // Arrange: IEEE 2144.1 — the standard active from 2021-01-20, its last draft inactive dated 2021-01-26.
        var document = DocumentEditions.Create("IEEE 2144.1", "IEEE", DocumentKind.Standard,
        [
            LandscapeBuilder.Edition("IEEE P2144.1/D-3-2020-08", LifecycleStage.Deleted, "2021-01-26"),
            LandscapeBuilder.Edition("IEEE Std 2144.1-2020", LifecycleStage.Published, "2021-01-20"),
        ]);

        // Act: a previous roadmap edition's date, after both.
        var then = AsOf.View(document, new DateOnly(2021, 12, 31))!;

        // Assert: the same state as now, so "what changed" has nothing to report.
        (then.EditionId, then.Stage).ShouldBe(("IEEE Std 2144.1-2020", LifecycleStage.Published));
        (then.EditionId, then.Stage).ShouldBe((AsOf.View(document, null)!.EditionId, AsOf.View(document, null)!.Stage));
    }

    [Fact]
    public void View_SupersededEditionReplacedAfterTheDate_WasInForceThen()
    {
        // Act
        var view = AsOf.View(Vocabulary, new DateOnly(2022, 1, 1))!;

        // Assert
        (view.Stage, view.Published, view.InForce).ShouldBe((LifecycleStage.Published, (PartialDate?)PartialDate.Parse("2020-07"), true));
    }

    [Fact]
    public void View_WithdrawnWithoutSuccessor_CountsAsWithdrawnOnAnyDate()
    {
        // Arrange: the sources do not date withdrawals.
        var document = DocumentEditions.Create("ISO 1", "ISO", DocumentKind.Standard, [LandscapeBuilder.Edition("ISO 1:2016", LifecycleStage.Withdrawn, "2016")]);

        // Act
        var view = AsOf.View(document, new DateOnly(2017, 1, 1))!;

        // Assert
        (view.Stage, view.Gone).ShouldBe((LifecycleStage.Withdrawn, true));
    }

    [Fact]
    public void View_EditionUnderReviewNow_WasPublishedThen()
    {
        // Arrange
        var document = DocumentEditions.Create("ISO 2", "ISO", DocumentKind.Standard, [LandscapeBuilder.Edition("ISO 2:2019", LifecycleStage.UnderReview, "2019")]);

        // Act
        var view = AsOf.View(document, new DateOnly(2021, 1, 1))!;

        // Assert
        view.Stage.ShouldBe(LifecycleStage.Published);
    }

    [Fact]
    public void View_DraftDatedBeforeThePublishedEdition_WasInDevelopmentThen()
    {
        // Arrange
        var document = DocumentEditions.Create("ISO 5", "ISO", DocumentKind.Standard,
        [
            LandscapeBuilder.Edition("ISO/DIS 5", LifecycleStage.InDevelopment, "2018-03"),
            LandscapeBuilder.Edition("ISO 5:2020", LifecycleStage.Published, "2020-01"),
        ]);

        // Act
        var view = AsOf.View(document, new DateOnly(2019, 6, 1))!;

        // Assert
        (view.EditionId, view.Stage, view.Ongoing).ShouldBe(("ISO/DIS 5", LifecycleStage.InDevelopment, true));
    }

    [Fact]
    public void View_UndatedDocument_LeftOutOfADatedViewOnly()
    {
        // Arrange
        var document = DocumentEditions.Create("ISO/AWI 6", "ISO", DocumentKind.Standard, [LandscapeBuilder.Edition("ISO/AWI 6", LifecycleStage.InDevelopment, null)]);

        // Act
        var dated = AsOf.View(document, new DateOnly(2030, 1, 1));
        var now = AsOf.View(document, null);

        // Assert
        dated.ShouldBeNull();
        now.ShouldNotBeNull().Stage.ShouldBe(LifecycleStage.InDevelopment);
    }
}
