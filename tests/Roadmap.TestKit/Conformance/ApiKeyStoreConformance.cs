using Roadmap.Core.Security;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every API key store must have, written once (derive and say how to make an empty store and how to open
/// a second store object on the same database): keys round-trip, revocation is conditional and happens once, and what
/// one store object writes another sees at once — as two service instances on one database would.
/// </summary>
public abstract class ApiKeyStoreConformance : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private IApiKeyStore? _store;

    protected IApiKeyStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised store.</summary>
    protected abstract Task<IApiKeyStore> CreateStoreAsync();

    /// <summary>Opens another store object on the database <see cref="CreateStoreAsync"/> made (as another instance would).</summary>
    protected abstract Task<IApiKeyStore> OpenAnotherAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected static ApiKey Key(string id, ApiRole role = ApiRole.Editor, int minutes = 0) => new()
    {
        Id = id,
        Name = "alice " + id,
        Role = role,
        Salt = "5a17" + id,
        Hash = "ab12cd34" + id,
        CreatedAt = T0.AddMinutes(minutes).AddTicks(1234567),
    };

    [Fact]
    public async Task FindAsync_AfterAdd_ReturnsEveryField()
    {
        // Arrange
        var key = Key("k1", ApiRole.Admin);

        // Act
        await Store.AddAsync(key, Ct);
        var found = await Store.FindAsync("k1", Ct);

        // Assert
        found.ShouldBe(key);
        found!.IsRevoked.ShouldBeFalse();
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        // Arrange
        await Store.AddAsync(Key("k1"), Ct);

        // Act
        var found = await Store.FindAsync("k2", Ct);

        // Assert
        found.ShouldBeNull();
    }

    [Fact]
    public async Task AddAsync_AKeyAlreadyRevoked_KeepsItsRevocationTime()
    {
        // Arrange
        var key = Key("k1") with { RevokedAt = T0.AddHours(1) };

        // Act
        await Store.AddAsync(key, Ct);

        // Assert
        (await Store.FindAsync("k1", Ct)).ShouldBe(key);
    }

    [Fact]
    public async Task AddAsync_IdTaken_ThrowsAndKeepsTheFirst()
    {
        // Arrange
        await Store.AddAsync(Key("k1"), Ct);

        // Act
        var error = await Record.ExceptionAsync(() => Store.AddAsync(Key("k1", ApiRole.Admin) with { Name = "mallory" }, Ct));

        // Assert
        error.ShouldNotBeNull();
        (await Store.FindAsync("k1", Ct)).ShouldBe(Key("k1"));
        (await Store.ListAsync(Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ListAsync_SeveralKeys_OldestFirstRevokedIncluded()
    {
        // Arrange
        await Store.AddAsync(Key("k3", minutes: 2), Ct);
        await Store.AddAsync(Key("k1", minutes: 0), Ct);
        await Store.AddAsync(Key("k2", ApiRole.Reader, minutes: 1), Ct);
        await Store.RevokeAsync("k2", T0.AddHours(1), Ct);

        // Act
        var keys = await Store.ListAsync(Ct);

        // Assert
        keys.Select(k => k.Id).ShouldBe(["k1", "k2", "k3"]);
        keys[1].RevokedAt.ShouldBe(T0.AddHours(1));
    }

    [Fact]
    public async Task ListAsync_Empty_ReturnsNothing()
    {
        // Act
        var keys = await Store.ListAsync(Ct);

        // Assert
        keys.ShouldBeEmpty();
    }

    [Fact]
    public async Task RevokeAsync_ActiveKey_ReturnsTrueOnceAndKeepsTheFirstTime()
    {
        // Arrange
        await Store.AddAsync(Key("k1"), Ct);

        // Act
        var first = await Store.RevokeAsync("k1", T0.AddHours(1), Ct);
        var second = await Store.RevokeAsync("k1", T0.AddHours(2), Ct);

        // Assert
        first.ShouldBeTrue();
        second.ShouldBeFalse();
        (await Store.FindAsync("k1", Ct))!.RevokedAt.ShouldBe(T0.AddHours(1));
    }

    [Fact]
    public async Task RevokeAsync_UnknownKey_ReturnsFalse()
    {
        // Arrange
        await Store.AddAsync(Key("k1"), Ct);

        // Act
        var revoked = await Store.RevokeAsync("k2", T0, Ct);

        // Assert
        revoked.ShouldBeFalse();
        (await Store.FindAsync("k1", Ct))!.IsRevoked.ShouldBeFalse();
    }

    [Fact]
    public async Task FindAsync_KeyAddedThroughAnotherStoreObject_IsFound()
    {
        // Arrange
        var other = await OpenAnotherAsync();

        // Act
        await other.AddAsync(Key("k1"), Ct);

        // Assert
        (await Store.FindAsync("k1", Ct)).ShouldBe(Key("k1"));
        (await Store.ListAsync(Ct)).ShouldHaveSingleItem().Id.ShouldBe("k1");
    }

    [Fact]
    public async Task RevokeAsync_ThroughAnotherStoreObject_IsSeenAtOnce()
    {
        // Arrange
        var other = await OpenAnotherAsync();
        await Store.AddAsync(Key("k1"), Ct);
        (await other.FindAsync("k1", Ct))!.IsRevoked.ShouldBeFalse();

        // Act
        var revoked = await other.RevokeAsync("k1", T0.AddHours(1), Ct);

        // Assert
        revoked.ShouldBeTrue();
        (await Store.FindAsync("k1", Ct))!.RevokedAt.ShouldBe(T0.AddHours(1));
        (await Store.RevokeAsync("k1", T0.AddHours(2), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task RevokeAsync_TwoStoreObjectsAtOnce_OnlyOneRevokes()
    {
        // Arrange
        var other = await OpenAnotherAsync();
        var ids = Enumerable.Range(0, 8).Select(i => $"k{i}").ToList();
        foreach (var id in ids)
        {
            await Store.AddAsync(Key(id), Ct);
        }

        // Act: each key revoked through both objects at once.
        var outcomes = await Task.WhenAll(ids.Select(async id =>
        {
            var both = await Task.WhenAll(Store.RevokeAsync(id, T0.AddHours(1), Ct), other.RevokeAsync(id, T0.AddHours(2), Ct));
            return both.Count(r => r);
        }));

        // Assert
        outcomes.ShouldAllBe(n => n == 1);
        (await Store.ListAsync(Ct)).ShouldAllBe(k => k.IsRevoked);
    }
}
