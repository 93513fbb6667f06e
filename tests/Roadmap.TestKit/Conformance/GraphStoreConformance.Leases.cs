using Roadmap.Core.Coordination;

namespace Roadmap.TestKit.Conformance;

public abstract partial class GraphStoreConformance
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    private ILeaseStore Leases => Store as ILeaseStore ?? throw new InvalidOperationException($"{Store.GetType().Name} keeps no leases");

    private static LeaseRequest Ask(string owner, int minute = 0, string? occurrence = null) =>
        new() { Name = "crawl", Owner = owner, Duration = LeaseTime, Now = T0.AddMinutes(minute), Occurrence = occurrence };

    [Fact]
    public async Task Lease_HeldByOne_IsRefusedToAnotherUntilItExpires()
    {
        // Act
        var a = await Leases.TryAcquireLeaseAsync(Ask("a"), Ct);
        var b = await Leases.TryAcquireLeaseAsync(Ask("b", minute: 1), Ct);
        var later = await Leases.TryAcquireLeaseAsync(Ask("b", minute: 6), Ct);

        // Assert: the fencing token grows with each grant.
        a.ShouldNotBeNull();
        b.ShouldBeNull();
        later.ShouldNotBeNull();
        later.FencingToken.ShouldBeGreaterThan(a.FencingToken);
    }

    [Fact]
    public async Task Lease_Renewed_HoldsAndALostOneCannotBeRenewed()
    {
        var a = (await Leases.TryAcquireLeaseAsync(Ask("a"), Ct))!;

        var taken = await Leases.TryAcquireLeaseAsync(Ask("b", minute: 6), Ct);
        var lost = await Leases.RenewLeaseAsync(a, T0.AddMinutes(7), LeaseTime, Ct);

        taken.ShouldNotBeNull("a's lease expired at minute 5");
        lost.ShouldBeNull();
        var fresh = (await Leases.TryAcquireLeaseAsync(Ask("c", minute: 20), Ct))!;
        (await Leases.RenewLeaseAsync(fresh, T0.AddMinutes(24), LeaseTime, Ct)).ShouldNotBeNull();
        (await Leases.TryAcquireLeaseAsync(Ask("d", minute: 27), Ct)).ShouldBeNull("renewed to minute 29");
    }

    [Fact]
    public async Task Lease_Released_IsFreeAtOnce()
    {
        var a = (await Leases.TryAcquireLeaseAsync(Ask("a"), Ct))!;

        await Leases.ReleaseLeaseAsync(a, T0.AddMinutes(1), Ct);

        (await Leases.TryAcquireLeaseAsync(Ask("b", minute: 1), Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Lease_ForAnOccurrence_IsGrantedOnceEvenAfterRelease()
    {
        var a = (await Leases.TryAcquireLeaseAsync(Ask("a", occurrence: "2026-11-02T02:00:00.0000000Z"), Ct))!;
        await Leases.ReleaseLeaseAsync(a, T0.AddMinutes(1), Ct);

        var again = await Leases.TryAcquireLeaseAsync(Ask("b", minute: 2, occurrence: "2026-11-02T02:00:00.0000000Z"), Ct);
        var next = await Leases.TryAcquireLeaseAsync(Ask("b", minute: 3, occurrence: "2026-11-03T02:00:00.0000000Z"), Ct);

        again.ShouldBeNull();
        next.ShouldNotBeNull();
    }

    [Fact]
    public async Task Lease_AskedByManyAtOnce_IsGrantedToOne()
    {
        var asks = Enumerable.Range(0, 8).Select(i => Leases.TryAcquireLeaseAsync(Ask($"owner-{i}", occurrence: "2026-11-02T02:00:00.0000000Z"), Ct));

        var granted = await Task.WhenAll(asks);

        granted.Count(g => g is not null).ShouldBe(1);
    }
}
