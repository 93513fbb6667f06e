using System.Net;
using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// The rate limit, with small buckets (and no refill to speak of during a test): there was none, so one client could
/// keep the service busy at will. Per verified key, and per address for everyone else, made-up keys included.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new(anonymousRead: true, settings: new Dictionary<string, string?>
    {
        ["Roadmap:Api:RateLimit:Enabled"] = "true",
        ["Roadmap:Api:RateLimit:AddressBurst"] = "3",
        ["Roadmap:Api:RateLimit:AddressPerSecond"] = "1",
        ["Roadmap:Api:RateLimit:KeyBurst"] = "5",
        ["Roadmap:Api:RateLimit:KeyPerSecond"] = "1",
    });

    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Post_AnonymousPastTheAddressBurst_Is429WithRetryAfter()
    {
        // Act: 10 at once from one address (the bucket holds 3 and refills 1 a second)
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10; i++)
        {
            var response = await PostAsync(key: null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }

        // Assert
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBeInRange(3, 5, string.Join(", ", statuses));
        refused.ShouldNotBeNull();
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThanOrEqualTo(1);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("RATE_LIMITED");
        (await _client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, "health probes are not counted");
    }

    [Fact]
    public async Task Post_EachKeyHasItsOwnBucket_MadeUpKeysShareTheAddresses()
    {
        // Arrange
        var first = await Seed.KeyAsync(_factory, ApiRole.Reader, "first");
        var second = await Seed.KeyAsync(_factory, ApiRole.Reader, "second");

        // Act
        var firstKey = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            firstKey.Add((await PostAsync(first)).StatusCode);
        }

        var secondKey = (await PostAsync(second)).StatusCode;
        var madeUp = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            madeUp.Add((await PostAsync($"rmk_k{i:D12}_nope")).StatusCode);
        }

        // Assert
        firstKey.Count(s => s == HttpStatusCode.OK).ShouldBeInRange(5, 7, string.Join(", ", firstKey));
        firstKey.ShouldContain(HttpStatusCode.TooManyRequests);
        secondKey.ShouldBe(HttpStatusCode.OK, "another key has its own bucket");
        madeUp.Count(s => s == HttpStatusCode.Unauthorized).ShouldBeInRange(3, 5, "unknown keys count against the address: " + string.Join(", ", madeUp));
        madeUp.ShouldContain(HttpStatusCode.TooManyRequests);
    }

    private async Task<HttpResponseMessage> PostAsync(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ stats { documents } }\"}", System.Text.Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
