using System.Globalization;

namespace Roadmap.Ui.Tests;

public sealed class OverlapsPageTests(UiFixture ui)
{
    [Fact]
    public void Matrix_At1280_TakesMostOfTheWidthWithoutScrolling()
    {
        // Arrange
        var browser = ui.Start("#/overlaps");
        browser.WaitForPage("overlaps");
        browser.Find("#matrix");

        // Act
        var share = Number(browser.Script("return document.getElementById('matrix').closest('.card').getBoundingClientRect().width / document.querySelector('main .page').getBoundingClientRect().width"));
        var overflow = Number(browser.Script("const w = document.getElementById('matrix').closest('.table-wrap'); return w.scrollWidth - w.clientWidth"));

        // Assert: it had half the page and scrolled sideways; now three quarters, and it fits.
        share.ShouldBeGreaterThan(0.65);
        overflow.ShouldBeLessThanOrEqualTo(1);
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
