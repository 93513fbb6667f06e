using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api.Watches;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.TestKit;
using Roadmap.TestKit.Watches;

namespace Roadmap.Api.Tests.Watches;

/// <summary>Watches end to end in the real host: GraphQL → pipeline → events → webhook, feed, digest, delivery log.</summary>
public sealed class WatchApiTests
{
    private const string CreateWatch = """
        mutation($input: WatchInput!) { createWatch(input: $input) { id name webhookSecret feedPath rules { committees } } }
        """;

    private static ApiFactory Factory(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            // Tests deliver when they mean to (DeliverOnceAsync); the background service would race them.
            ["Roadmap:Watches:PollInterval"] = "01:00:00",
            ["Roadmap:Watches:RetryBaseDelay"] = "00:00:00.010",
            ["Roadmap:Watches:MaxAttempts"] = "3",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ApiFactory(settings: settings);
    }

    // Moves ISO 23257 from DIS (40.20) to FDIS (50.00) and runs the change pipeline, as a crawl followed by a pass does.
    private static async Task MoveStageAsync(ApiFactory factory, string stage = "50.00")
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        await store.UpsertAsync(new GraphBatch { Documents = [Builders.Iso("ISO 23257", "Blockchain and distributed ledger technologies — Reference architecture", stageCode: stage, published: null)] },
            new ChangeContext("crawl-2", "crawl:iso", Seed.At.AddDays(1)), CancellationToken.None);
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string key, object input) =>
        (await Gql.PostAsync(client, CreateWatch, new { input }, key: key)).Data()["createWatch"]!;

    [Fact]
    public async Task StageChange_MatchingWatch_OneEventSignedWebhookAndFeed()
    {
        // Arrange
        using var receiver = new WebhookReceiver();
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
        var watch = await CreateAsync(client, alice, new { name = "TC 307", committees = new[] { "ISO/TC 307" }, webhookUrl = receiver.Url.ToString() });
        var other = await CreateAsync(client, alice, new { name = "ITU only", bodies = new[] { "ITU-T" } });

        // Act
        await MoveStageAsync(factory);
        var events = (await Gql.PostAsync(client, "{ watchEvents { watchId kind title before after significant changeSeq idempotencyKey } }", key: alice)).Data()["watchEvents"]!.AsArray();
        await factory.Services.GetRequiredService<WatchDeliveryService>().DeliverOnceAsync(CancellationToken.None);
        var posts = await receiver.WaitForAsync(1, TimeSpan.FromSeconds(10));
        using var feed = await client.GetAsync(new Uri(watch["feedPath"]!.GetValue<string>(), UriKind.Relative), TestContext.Current.CancellationToken);
        using var badFeed = await client.GetAsync(new Uri($"/feeds/watches/{watch["id"]}.atom?token=nope", UriKind.Relative), TestContext.Current.CancellationToken);
        var log = (await Gql.PostAsync(client, "query($w: ID!) { watchDeliveryLog(watch: $w) { succeeded outcome detail channel } }", new { w = watch["id"]!.GetValue<string>() }, key: alice)).Data()["watchDeliveryLog"]!.AsArray();

        // Assert: one event, for the matching watch only.
        var e = events.ShouldHaveSingleItem()!;
        e["watchId"]!.GetValue<string>().ShouldBe(watch["id"]!.GetValue<string>());
        e["watchId"]!.GetValue<string>().ShouldNotBe(other["id"]!.GetValue<string>());
        e["kind"]!.GetValue<string>().ShouldBe("STAGE_CHANGE");
        (e["before"]!.GetValue<string>(), e["after"]!.GetValue<string>(), e["significant"]!.GetValue<bool>()).ShouldBe(("40.20", "50.00", true));
        e["title"]!.GetValue<string>().ShouldContain("FDIS");
        var post = posts.ShouldHaveSingleItem();
        post.Headers[WebhookSignature.IdempotencyHeader].ShouldBe(e["idempotencyKey"]!.GetValue<string>());
        WebhookSignature.Verify(watch["webhookSecret"]!.GetValue<string>(), post.Headers[WebhookSignature.TimestampHeader], post.Body, post.Headers[WebhookSignature.SignatureHeader]).ShouldBeTrue();
        WebhookSignature.Verify("another secret", post.Headers[WebhookSignature.TimestampHeader], post.Body, post.Headers[WebhookSignature.SignatureHeader]).ShouldBeFalse();
        JsonNode.Parse(post.Body)!["documentKey"]!.GetValue<string>().ShouldBe("ISO 23257");
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        var atom = await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        atom.ShouldContain("<entry>");
        atom.ShouldContain("ISO 23257: 40.20 → 50.00 (FDIS)");
        badFeed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        log.ShouldHaveSingleItem()!["outcome"]!.GetValue<string>().ShouldBe("DELIVERED");
    }

    [Fact]
    public async Task PipelinePassedTwice_NoSecondEvent()
    {
        // Arrange
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
        await CreateAsync(client, alice, new { name = "23257", documents = new[] { "ISO 23257" } });

        // Act
        await MoveStageAsync(factory);
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
        var events = (await Gql.PostAsync(client, "{ watchEvents { kind } }", key: alice)).Data()["watchEvents"]!.AsArray();

        // Assert
        events.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task FailingReceiver_RetriedThenDeadLettered()
    {
        // Arrange
        using var receiver = new WebhookReceiver(HttpStatusCode.InternalServerError);
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
        var watch = await CreateAsync(client, alice, new { name = "TC 307", committees = new[] { "ISO/TC 307" }, webhookUrl = receiver.Url.ToString() });

        // Act
        await MoveStageAsync(factory);
        await factory.Services.GetRequiredService<WatchDeliveryService>().DeliverOnceAsync(CancellationToken.None);
        var again = await factory.Services.GetRequiredService<WatchDeliveryService>().DeliverOnceAsync(CancellationToken.None);
        var log = (await Gql.PostAsync(client, "query($w: ID!) { watchDeliveryLog(watch: $w) { succeeded outcome detail } }", new { w = watch["id"]!.GetValue<string>() }, key: alice)).Data()["watchDeliveryLog"]!.AsArray();

        // Assert: three attempts (MaxAttempts), all logged, the last one a dead letter; nothing left to claim.
        receiver.Requests.Count.ShouldBe(3);
        log.Select(a => a!["outcome"]!.GetValue<string>()).ShouldBe(["DEAD_LETTER", "PENDING", "PENDING"]);
        log.ShouldAllBe(a => a!["detail"]!.GetValue<string>() == "HTTP 500");
        again.ShouldBe(0);
    }

    [Fact]
    public async Task ImmediateDigest_ArrivesInSmtpSink()
    {
        // Arrange
        using var sink = new SmtpSink();
        await using var factory = Factory(new Dictionary<string, string?>
        {
            ["Roadmap:Watches:SmtpHost"] = "127.0.0.1",
            ["Roadmap:Watches:SmtpPort"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Roadmap:Watches:SmtpStartTls"] = "false",
        });
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        await factory.Services.GetRequiredService<ChangePipeline>().RunOnceAsync(CancellationToken.None);
        await CreateAsync(client, alice, new { name = "TC 307 mail", committees = new[] { "ISO/TC 307" }, email = "alice@example.org", digest = "IMMEDIATE" });

        // Act
        await MoveStageAsync(factory);
        await factory.Services.GetRequiredService<WatchDeliveryService>().DeliverOnceAsync(CancellationToken.None);
        var mails = await sink.WaitForAsync(1, TimeSpan.FromSeconds(10));

        // Assert
        var mail = mails.ShouldHaveSingleItem();
        mail.To.ShouldBe(["alice@example.org"]);
        mail.Data.ShouldContain("Subject: Roadmap watch 'TC 307 mail': 1 new event");
        mail.Data.ShouldContain("ISO 23257: 40.20");
    }

    [Fact]
    public async Task Watches_OtherKeyAndAnonymous_SeeNothing()
    {
        // Arrange
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        var bob = await Seed.KeyAsync(factory, ApiRole.Reader, "bob");
        var watch = await CreateAsync(client, alice, new { name = "mine", bodies = new[] { "ISO" } });

        // Act
        var bobs = (await Gql.PostAsync(client, "{ watches { id } }", key: bob)).Data()["watches"]!.AsArray();
        var bobGets = await Gql.PostAsync(client, "query($id: ID!) { watch(id: $id) { id } }", new { id = watch["id"]!.GetValue<string>() }, key: bob);
        var bobRemoves = await Gql.PostAsync(client, "mutation($id: ID!) { removeWatch(id: $id) }", new { id = watch["id"]!.GetValue<string>() }, key: bob);
        var anonymous = await Gql.PostAsync(client, "mutation { createWatch(input: { name: \"x\", bodies: [\"ISO\"] }) { id } }");
        var invalid = await Gql.PostAsync(client, "mutation { createWatch(input: { name: \"x\", designationPattern: \"ISO (\" }) { id } }", key: alice);

        // Assert
        bobs.ShouldBeEmpty();
        bobGets.FirstErrorCode().ShouldBe("NOT_FOUND");
        bobRemoves.FirstErrorCode().ShouldBe("NOT_FOUND");
        anonymous.FirstErrorCode().ShouldBeOneOf("UNAUTHENTICATED", "FORBIDDEN");
        invalid.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task ShareWatch_ViewRight_SeesButCannotRemove()
    {
        // Arrange
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var alice = await Seed.KeyAsync(factory, ApiRole.Reader, "alice");
        var bob = await Seed.KeyAsync(factory, ApiRole.Reader, "bob");
        var keys = factory.Services.GetRequiredService<IApiKeyStore>();
        var bobKey = (await keys.ListAsync(CancellationToken.None)).Single(k => k.Name == "bob").Id;
        var watch = await CreateAsync(client, alice, new { name = "shared", bodies = new[] { "ISO" } });
        var id = watch["id"]!.GetValue<string>();

        // Act
        (await Gql.PostAsync(client, "mutation($id: ID!, $k: ID!) { shareWatch(id: $id, key: $k, right: VIEW) { id shares { keyId right } } }", new { id, k = bobKey }, key: alice)).Data();
        var bobs = (await Gql.PostAsync(client, "{ watches { id webhookSecret } }", key: bob)).Data()["watches"]!.AsArray();
        var bobRemoves = await Gql.PostAsync(client, "mutation($id: ID!) { removeWatch(id: $id) }", new { id }, key: bob);

        // Assert
        bobs.ShouldHaveSingleItem()!["id"]!.GetValue<string>().ShouldBe(id);
        bobRemoves.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }
}
