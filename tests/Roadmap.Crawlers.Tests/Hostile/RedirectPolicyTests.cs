using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Tests.Hostile;

public sealed class RedirectPolicyTests
{
    private static readonly Uri Origin = new("https://www.itu.int/rec/T-REC-X/en");

    [Theory]
    [InlineData("https://www.itu.int/rec/T-REC-X.1400/en", "https://www.itu.int/rec/T-REC-X.1400/en")]
    [InlineData("/rec/T-REC-X/fr", "https://www.itu.int/rec/T-REC-X/fr")]
    [InlineData("http://itu.int/x", "http://itu.int/x")]
    [InlineData("https://handle.itu.int/11.1002/1000/1", "https://handle.itu.int/11.1002/1000/1")]
    public void Next_SameSite_FollowsTheResolvedUrl(string location, string expected)
    {
        // Arrange
        var policy = new RedirectPolicy(new CrawlerOptions(), AddressPolicy.From(new CrawlerOptions()));

        // Act
        var next = policy.Next(Origin, [Origin], 302, location, "itu-t");

        // Assert
        next.AbsoluteUri.ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//itu.int.evil.example/x")]
    [InlineData("https://notitu.int/")]
    public void Next_AnotherSite_IsRefused(string location)
    {
        // Arrange
        var policy = new RedirectPolicy(new CrawlerOptions(), AddressPolicy.From(new CrawlerOptions()));

        // Act / Assert
        Should.Throw<PageFetchException>(() => policy.Next(Origin, [Origin], 302, location, "itu-t"))
            .Reason.ShouldStartWith("redirect to another site");
    }

    [Theory]
    [InlineData("docs.example.org", "https://docs.example.org/a", true)]
    [InlineData("docs.example.org", "https://www.example.org/a", false)]
    [InlineData("*.example.org", "https://example.org/a", true)]
    [InlineData("*.example.org", "https://a.b.example.org/a", true)]
    [InlineData("*.example.org", "https://badexample.org/a", false)]
    public void Next_AnotherSiteOnTheSourcesList_FollowsOnlyListedHosts(string listed, string location, bool followed)
    {
        // Arrange
        var options = new CrawlerOptions { Sources = { ["itu-t"] = new SourceSettings { RedirectHosts = [listed] } } };
        var policy = new RedirectPolicy(options, AddressPolicy.From(options));

        // Act
        var act = () => policy.Next(Origin, [Origin], 301, location, "itu-t");

        // Assert
        if (followed)
        {
            act().AbsoluteUri.ShouldBe(location);
        }
        else
        {
            Should.Throw<PageFetchException>(act);
        }

        Should.Throw<PageFetchException>(() => policy.Next(Origin, [Origin], 301, location, "iso"), "another source's list does not apply");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://[not-an-address/")]
    public void Next_MissingOrUnreadableLocation_FailsWithAReasonInsteadOfThrowingUriFormatException(string? location)
    {
        // Arrange
        var policy = new RedirectPolicy(new CrawlerOptions(), AddressPolicy.From(new CrawlerOptions()));

        // Act / Assert
        Should.Throw<PageFetchException>(() => policy.Next(Origin, [Origin], 302, location, "itu-t"))
            .Reason.ShouldBe($"HTTP 302 redirect from {Origin} with no usable Location");
    }

    [Theory]
    [InlineData("www.itu.int", "itu.int")]
    [InlineData("itu.int", "itu.int")]
    [InlineData("www.bsi-group.co.uk", "bsi-group.co.uk")]
    [InlineData("standards.example.com.au", "example.com.au")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("::1", "::1")]
    public void SiteOf_Host_GivesItsRegistrableDomain(string host, string site)
    {
        RedirectPolicy.SiteOf(host).ShouldBe(site);
    }
}
