using Roadmap.Core.Audit;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every audit trail must have, written once (derive and say how to make an empty trail and how to open a
/// second trail object on the same database): entries are kept whole, ids grow and are never handed out twice — also when
/// two instances append at once — and every <see cref="AuditQuery"/> filter works, newest first.
/// </summary>
public abstract class AuditLogConformance : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private IAuditLog? _log;

    protected IAuditLog Log => _log ?? throw new InvalidOperationException("log not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised trail.</summary>
    protected abstract Task<IAuditLog> CreateLogAsync();

    /// <summary>Opens another trail object on the database <see cref="CreateLogAsync"/> made (as another instance would).</summary>
    protected abstract Task<IAuditLog> OpenAnotherAsync();

    public async ValueTask InitializeAsync() => _log = await CreateLogAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected static AuditEntry Entry(int minutes, string actor = "alice (k1)", string action = "updateGap", string target = "gap-1") => new()
    {
        At = T0.AddMinutes(minutes),
        Actor = actor,
        Role = "editor",
        Action = action,
        Target = target,
    };

    [Fact]
    public async Task AppendAsync_SeveralEntries_GivesGrowingIds()
    {
        // Act
        var first = await Log.AppendAsync(Entry(0), Ct);
        var second = await Log.AppendAsync(Entry(1), Ct);
        var third = await Log.AppendAsync(Entry(2), Ct);

        // Assert
        first.Id.ShouldBeGreaterThan(0);
        second.Id.ShouldBeGreaterThan(first.Id);
        third.Id.ShouldBeGreaterThan(second.Id);
    }

    [Fact]
    public async Task ListAsync_AfterAppend_ReturnsEveryFieldNewestFirst()
    {
        // Arrange
        var full = Entry(0) with { Before = "{\"statement\":\"old\"}", After = "{\"statement\":\"new\"}", Note = "from the workshop" };
        var bare = Entry(1, action: "deleteGap");

        // Act
        var appended = new[] { await Log.AppendAsync(full, Ct), await Log.AppendAsync(bare, Ct) };
        var listed = await Log.ListAsync(new AuditQuery(), Ct);

        // Assert
        appended[0].ShouldBe(full with { Id = appended[0].Id });
        listed.ShouldBe([appended[1], appended[0]]);
        listed[0].Before.ShouldBeNull();
        listed[0].After.ShouldBeNull();
        listed[0].Note.ShouldBeNull();
    }

    [Fact]
    public async Task ListAsync_Empty_ReturnsNothing()
    {
        // Act
        var listed = await Log.ListAsync(new AuditQuery(), Ct);

        // Assert
        listed.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListAsync_EachFilter_KeepsOnlyMatchingEntries()
    {
        // Arrange
        var a = await Log.AppendAsync(Entry(0, actor: "alice (k1)", action: "updateGap", target: "gap-1"), Ct);
        var b = await Log.AppendAsync(Entry(10, actor: "bob (k2)", action: "updateGap", target: "gap-2"), Ct);
        var c = await Log.AppendAsync(Entry(20, actor: "alice (k1)", action: "triggerCrawl", target: "crawl"), Ct);
        var d = await Log.AppendAsync(Entry(30, actor: "cli", action: "updateGap", target: "gap-1"), Ct);

        // Act
        var byActor = await Log.ListAsync(new AuditQuery { Actor = "alice (k1)" }, Ct);
        var byAction = await Log.ListAsync(new AuditQuery { Action = "updateGap" }, Ct);
        var byTarget = await Log.ListAsync(new AuditQuery { Target = "gap-1" }, Ct);
        var since = await Log.ListAsync(new AuditQuery { Since = T0.AddMinutes(10) }, Ct);
        var before = await Log.ListAsync(new AuditQuery { BeforeId = c.Id }, Ct);
        var combined = await Log.ListAsync(new AuditQuery { Action = "updateGap", Target = "gap-1", Since = T0.AddMinutes(5) }, Ct);

        // Assert
        byActor.ShouldBe([c, a]);
        byAction.ShouldBe([d, b, a]);
        byTarget.ShouldBe([d, a]);
        since.ShouldBe([d, c, b]);
        before.ShouldBe([b, a]);
        combined.ShouldBe([d]);
    }

    [Fact]
    public async Task ListAsync_FiltersWithSpacesOrBlank_AreTrimmedOrIgnored()
    {
        // Arrange
        var a = await Log.AppendAsync(Entry(0, actor: "alice (k1)"), Ct);
        var b = await Log.AppendAsync(Entry(1, actor: "bob (k2)"), Ct);

        // Act
        var trimmed = await Log.ListAsync(new AuditQuery { Actor = "  bob (k2) " }, Ct);
        var blank = await Log.ListAsync(new AuditQuery { Actor = " ", Action = "", Target = null }, Ct);

        // Assert
        trimmed.ShouldBe([b]);
        blank.ShouldBe([b, a]);
    }

    [Fact]
    public async Task ListAsync_Limit_PagesBackwardsWithBeforeId()
    {
        // Arrange
        var appended = new List<AuditEntry>();
        for (var i = 0; i < 5; i++)
        {
            appended.Add(await Log.AppendAsync(Entry(i), Ct));
        }

        // Act
        var first = await Log.ListAsync(new AuditQuery { Limit = 2 }, Ct);
        var second = await Log.ListAsync(new AuditQuery { Limit = 2, BeforeId = first[^1].Id }, Ct);
        var atLeastOne = await Log.ListAsync(new AuditQuery { Limit = 0 }, Ct);

        // Assert
        first.ShouldBe([appended[4], appended[3]]);
        second.ShouldBe([appended[2], appended[1]]);
        atLeastOne.ShouldBe([appended[4]]);
    }

    [Fact]
    public async Task AppendAsync_TwoLogObjectsAtOnce_GivesDistinctGrowingIds()
    {
        // Arrange
        var other = await OpenAnotherAsync();
        const int PerLog = 15;

        // Act: each object appends its entries one after another, both at the same time.
        var results = await Task.WhenAll(AppendManyAsync(Log, "one", PerLog), AppendManyAsync(other, "two", PerLog));

        // Assert
        var ids = results.SelectMany(r => r).Select(e => e.Id).ToList();
        ids.ShouldBeUnique();
        results.ShouldAllBe(r => r.Select(e => e.Id).SequenceEqual(r.Select(e => e.Id).Order()));
        var listed = await Log.ListAsync(new AuditQuery { Limit = AuditQuery.MaxLimit }, Ct);
        listed.Count.ShouldBe(2 * PerLog);
        listed.Select(e => e.Id).ShouldBe(ids.OrderDescending());
        (await other.ListAsync(new AuditQuery { Limit = AuditQuery.MaxLimit }, Ct)).ShouldBe(listed);
    }

    private static async Task<List<AuditEntry>> AppendManyAsync(IAuditLog log, string actor, int count)
    {
        var appended = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            appended.Add(await log.AppendAsync(Entry(i, actor: actor), Ct));
        }

        return appended;
    }
}
