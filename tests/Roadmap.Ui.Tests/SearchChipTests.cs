namespace Roadmap.Ui.Tests;

public sealed class SearchChipTests(UiFixture ui)
{
    [Fact]
    public void FilterChips_BodyAndCommittee_KeepTheirCase()
    {
        // Arrange & Act
        var browser = ui.Start("#/search?q=blockchain&body=ITU-T&committee=" + Uri.EscapeDataString("ITU-T SG17") + "&stage=IN_DEVELOPMENT");
        browser.WaitForPage("search");

        // Assert: designations stay as the bodies write them; only the stage enum reads as words.
        var chips = browser.All(".facet.active .chip").Select(c => c.Text).ToList();
        chips.ShouldContain("body: ITU-T ✕");
        chips.ShouldContain("committee: ITU-T SG17 ✕");
        chips.ShouldContain("stage: in development ✕");
    }
}
