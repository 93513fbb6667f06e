using Microsoft.Extensions.Time.Testing;
using Polly;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Tests.Fetching;

public sealed class PolitenessTests
{
    [Fact]
    public void RetryAfter_ServerAsksForTwoSeconds_WaitsTwoSecondsUpToTheCap()
    {
        // Arrange
        var asked = Outcome.FromResult(new RawResponse(429, [], null, null, null, TimeSpan.FromSeconds(2)));

        // Act / Assert
        ResiliencePipelines.RetryAfter(asked, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(2));
        ResiliencePipelines.RetryAfter(asked, TimeSpan.FromSeconds(1)).ShouldBe(TimeSpan.FromSeconds(1));
        ResiliencePipelines.RetryAfter(Outcome.FromResult(new RawResponse(503, [], null, null, null, null)), TimeSpan.FromMinutes(5)).ShouldBeNull();
    }

    [Fact]
    public void IsAllowed_RobotsWithAgentGroupAndWildcards_AppliesTheLongestMatch()
    {
        // Arrange
        var robots = RobotsPolicy.Parse("User-agent: *\nDisallow: /\n\nUser-agent: Roadmap\nDisallow: /private/\nAllow: /private/open*.html$\n", "Roadmap/1.0");

        // Act / Assert
        robots.IsAllowed(new Uri("https://x.org/rec/T-REC-X/en")).ShouldBeTrue();
        robots.IsAllowed(new Uri("https://x.org/private/a.html")).ShouldBeFalse();
        robots.IsAllowed(new Uri("https://x.org/private/open-1.html")).ShouldBeTrue();
        RobotsPolicy.Parse("User-agent: *\nDisallow: /\n", "Roadmap").IsAllowed(new Uri("https://x.org/a")).ShouldBeFalse();
    }

    [Fact]
    public async Task WaitAsync_TwoRequestsToOneHostAtOnePerSecond_SpacesThemOneSecondApart()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var limiter = new HostRateLimiter(1, time);

        // Act
        await limiter.WaitAsync("www.itu.int", CancellationToken.None);
        var second = limiter.WaitAsync("www.itu.int", CancellationToken.None);
        var otherHost = limiter.WaitAsync("www.iso.org", CancellationToken.None);

        // Assert
        otherHost.IsCompleted.ShouldBeTrue();
        second.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(999));
        second.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }

    [Theory]
    [InlineData("text/html; charset=iso-8859-1", new byte[] { 0x45, 0x73, 0x70, 0x61, 0xF1, 0x6F, 0x6C }, "Español")]
    [InlineData(null, new byte[] { 0x3C, 0x6D, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3D, 0x77, 0x69, 0x6E, 0x64, 0x6F, 0x77, 0x73, 0x2D, 0x31, 0x32, 0x35, 0x32, 0x3E, 0x96 }, "<meta charset=windows-1252>–")]
    public void Decode_CharsetFromHeaderOrMeta_GivesTheText(string? contentType, byte[] body, string expected)
    {
        BodyDecoder.Decode(body, contentType).ShouldBe(expected);
    }
}
