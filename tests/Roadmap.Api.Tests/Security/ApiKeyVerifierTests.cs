using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Api.Hosting;
using Roadmap.Api.Security;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Security;

public sealed class ApiKeyVerifierTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MemoryKeyStore _store = new();

    [Fact]
    public async Task VerifyAsync_100000DistinctUnknownIds_CachesNoMoreThanTheLimit()
    {
        // Arrange
        using var verifier = Verifier(entries: 1_000);

        // Act
        for (var i = 0; i < 100_000; i++)
        {
            (await verifier.VerifyAsync($"rmk_k{i:x12}_secret", CancellationToken.None)).ShouldBeNull();
        }

        // Assert
        verifier.CachedIds.ShouldBeLessThanOrEqualTo(1_000);
        _store.Reads.ShouldBe(100_000, "every made-up id costs a read, not memory");
    }

    [Fact]
    public async Task VerifyAsync_CacheFullOfUnknownIds_StillAcceptsARealKey()
    {
        // Arrange
        using var verifier = Verifier(entries: 100);
        var key = await AddKeyAsync();
        for (var i = 0; i < 1_000; i++)
        {
            await verifier.VerifyAsync($"rmk_k{i:x12}_secret", CancellationToken.None);
        }

        // Act
        var first = await verifier.VerifyAsync(key, CancellationToken.None);
        var second = await verifier.VerifyAsync(key, CancellationToken.None);

        // Assert
        first.ShouldNotBeNull();
        second.ShouldNotBeNull();
        verifier.CachedIds.ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public async Task VerifyAsync_SameUnknownIdAgainWithinTheLifetime_ReadsTheStoreOnce()
    {
        // Arrange
        using var verifier = Verifier();

        // Act
        for (var i = 0; i < 10; i++)
        {
            await verifier.VerifyAsync("rmk_kdeadbeef0000_nope", CancellationToken.None);
        }

        // Assert
        _store.Reads.ShouldBe(1);
    }

    [Fact]
    public async Task RevokeAsync_KeyCachedAsValid_IsRefusedFromTheNextRequest()
    {
        // Arrange
        using var verifier = Verifier();
        var key = await AddKeyAsync();
        (await verifier.VerifyAsync(key, CancellationToken.None)).ShouldNotBeNull();
        ApiKeySecrets.TryParse(key, out var id, out _).ShouldBeTrue();

        // Act
        var revoked = await verifier.RevokeAsync(id, CancellationToken.None);

        // Assert
        revoked.ShouldBeTrue();
        (await verifier.VerifyAsync(key, CancellationToken.None)).ShouldBeNull("no time passed");
    }

    [Fact]
    public async Task VerifyAsync_KeyRevokedByAnotherProcess_IsRefusedOnceTheLifetimePasses()
    {
        // Arrange
        using var verifier = Verifier(lifetime: TimeSpan.FromSeconds(5));
        var key = await AddKeyAsync();
        (await verifier.VerifyAsync(key, CancellationToken.None)).ShouldNotBeNull();
        ApiKeySecrets.TryParse(key, out var id, out _).ShouldBeTrue();

        // Act: the store changes behind the verifier's back, as `roadmap keys revoke` does
        await _store.RevokeAsync(id, _time.GetUtcNow(), CancellationToken.None);
        var justAfter = await verifier.VerifyAsync(key, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        var afterTheLifetime = await verifier.VerifyAsync(key, CancellationToken.None);

        // Assert
        justAfter.ShouldNotBeNull("still cached: the lifetime bounds how long");
        afterTheLifetime.ShouldBeNull();
    }

    [Fact]
    public async Task VerifyAsync_ZeroLifetime_ReadsTheStoreEveryTime()
    {
        // Arrange
        using var verifier = Verifier(lifetime: TimeSpan.Zero);
        var key = await AddKeyAsync();

        // Act
        await verifier.VerifyAsync(key, CancellationToken.None);
        await verifier.VerifyAsync(key, CancellationToken.None);

        // Assert
        _store.Reads.ShouldBe(2);
        verifier.CachedIds.ShouldBe(0);
    }

    private ApiKeyVerifier Verifier(int entries = 10_000, TimeSpan? lifetime = null) =>
        new(_store, Options.Create(new ApiOptions { KeyCacheEntries = entries, KeyCacheLifetime = lifetime ?? TimeSpan.FromSeconds(30) }), _time);

    private async Task<string> AddKeyAsync()
    {
        var (stored, key) = ApiKeySecrets.Create("alice", ApiRole.Reader, _time.GetUtcNow());
        await _store.AddAsync(stored, CancellationToken.None);
        return key;
    }
}
