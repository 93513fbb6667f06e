using Roadmap.Analysis.Landscape;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Reports.Building;
using Roadmap.TestKit;

namespace Roadmap.Reports.Tests.Building;

public sealed class TextTests
{
    [Theory]
    [InlineData("Approved (status not given)", "Published")]
    [InlineData("In force", "Published")]
    [InlineData("Approved", "Published")]
    [InlineData("60.60", "Published (60.60)")]
    public void Status_PublishedWithCode_ShowsTheCodeOnlyWhenItAddsSomething(string code, string expected)
    {
        // Arrange: an ITU-T record whose status word the crawler inferred or restates the stage.
        var edition = Builders.Edition("ITU-T X.1400 (03/2020)", "Terms", "In force", "2020-03-20", "ITU-T SG17") with
        {
            Lifecycle = new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, code),
        };
        var document = Builders.Document("ITU-T X.1400", "ITU-T", DocumentKind.Recommendation, edition);
        var view = new LandscapeDocument { Document = document, EditionId = edition.Id, Stage = LifecycleStage.Published, Published = edition.Published };

        // Act
        var status = Text.Status(view);

        // Assert
        status.ShouldBe(expected);
    }

    [Fact]
    public void Status_InDevelopmentWithBodyCode_KeepsTheCode()
    {
        // Arrange
        var document = Builders.Itu("ITU-T X.1414", "Cross-chain", "Under study", null, "ITU-T Q14/17");
        var view = new LandscapeDocument { Document = document, EditionId = "ITU-T X.1414", Stage = LifecycleStage.InDevelopment };

        // Act & Assert
        Text.Status(view).ShouldBe("In development (Under study)");
    }

    [Theory]
    [InlineData(new string[0], int.MaxValue, "—")]
    [InlineData(new[] { "ISO" }, int.MaxValue, "ISO")]
    [InlineData(new[] { "ISO", "ITU-T" }, int.MaxValue, "ISO and ITU-T")]
    [InlineData(new[] { "ISO", "ITU-T", "IEEE" }, int.MaxValue, "ISO, ITU-T and IEEE")]
    [InlineData(new[] { "A", "B", "C", "D" }, 2, "A, B and 2 more")]
    [InlineData(new[] { "Cryptography, keys and quantum readiness", "Custody and wallets", "Tokens" }, int.MaxValue, "Cryptography, keys and quantum readiness; Custody and wallets; and Tokens")]
    public void Join_Items_ReadsAsAnEnglishList(string[] items, int max, string expected) => Text.Join(items, max).ShouldBe(expected);
}
