using Roadmap.Core.Graph;
using Roadmap.Core.Watches;
using Roadmap.TestKit;

namespace Roadmap.Core.Tests.Watches;

public sealed class ChangeCandidatesTests
{
    private static readonly ChangeContext Context = new("run-1", "crawl:iso", DateTimeOffset.UnixEpoch);
    private static readonly HashSet<string> None = [];

    [Fact]
    public void From_AddedDocument_IsOneSignificantNewDocument()
    {
        // Arrange
        var document = Builders.Iso("ISO 22739", "Vocabulary");
        var change = DocumentDiff.Between(null, document, Context)! with { Seq = 7 };

        // Act
        var found = ChangeCandidates.From(change, document, None, None, SignificantTransitions.Bundled);

        // Assert
        found.ShouldHaveSingleItem().Kind.ShouldBe(WatchEventKind.NewDocument);
        found[0].Significant.ShouldBeTrue();
        found[0].IdempotencySuffix.ShouldBe("change:7:NewDocument");
    }

    [Fact]
    public void From_StageMovedToFdis_IsSignificantStageChange()
    {
        // Arrange
        var before = Builders.Iso("ISO 22739", "Vocabulary", stageCode: "40.99");
        var after = Builders.Iso("ISO 22739", "Vocabulary", stageCode: "50.00");
        var change = DocumentDiff.Between(before, after, Context)! with { Seq = 8 };

        // Act
        var found = ChangeCandidates.From(change, after, None, None, SignificantTransitions.Bundled);

        // Assert
        var stage = found.ShouldHaveSingleItem();
        stage.Kind.ShouldBe(WatchEventKind.StageChange);
        (stage.Before, stage.After, stage.Significant).ShouldBe(("40.99", "50.00", true));
        stage.Title.ShouldContain("FDIS");
    }

    [Fact]
    public void From_StageMovedWithinDis_IsMinor()
    {
        // Arrange
        var before = Builders.Iso("ISO 22739", "Vocabulary", stageCode: "40.20");
        var after = Builders.Iso("ISO 22739", "Vocabulary", stageCode: "40.60");

        // Act
        var found = ChangeCandidates.From(DocumentDiff.Between(before, after, Context)!, after, None, None, SignificantTransitions.Bundled);

        // Assert
        found.ShouldHaveSingleItem().Significant.ShouldBeFalse();
    }

    [Fact]
    public void From_Withdrawn_IsWithdrawal()
    {
        // Arrange
        var before = Builders.Iso("ISO 22739", "Vocabulary");
        var after = Builders.Iso("ISO 22739", "Vocabulary", stageCode: "95.99");

        // Act
        var found = ChangeCandidates.From(DocumentDiff.Between(before, after, Context)!, after, None, None, SignificantTransitions.Bundled);

        // Assert
        found.ShouldHaveSingleItem().Kind.ShouldBe(WatchEventKind.Withdrawn);
    }

    [Fact]
    public void From_NewEdition_IsNewEditionEvent()
    {
        // Arrange
        var before = Builders.Iso("ISO 22739", "Vocabulary", year: "2020");
        var after = Builders.Document("ISO 22739", "ISO", Roadmap.Core.Documents.DocumentKind.Standard,
            Builders.Edition("ISO 22739:2024", "Vocabulary"), Builders.Edition("ISO 22739:2020", "Vocabulary"));

        // Act
        var found = ChangeCandidates.From(DocumentDiff.Between(before, after, Context)!, after, None, None, SignificantTransitions.Bundled);

        // Assert
        found.Select(c => c.Kind).ShouldContain(WatchEventKind.NewEdition);
    }

    [Fact]
    public void From_TitleOnly_GivesNothing()
    {
        // Arrange
        var before = Builders.Iso("ISO 22739", "Vocabulary");
        var after = Builders.Iso("ISO 22739", "Vocabulary and terms");

        // Act / Assert
        ChangeCandidates.From(DocumentDiff.Between(before, after, Context)!, after, None, None, SignificantTransitions.Bundled).ShouldBeEmpty();
    }
}
