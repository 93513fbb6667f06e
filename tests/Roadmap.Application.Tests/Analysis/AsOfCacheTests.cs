using Roadmap.Application.Analysis;

namespace Roadmap.Application.Tests.Analysis;

public sealed class AsOfCacheTests
{
    private static readonly DateOnly First = new(2020, 1, 1);
    private static readonly DateOnly Second = new(2021, 1, 1);
    private static readonly DateOnly Third = new(2022, 1, 1);

    [Fact]
    public void Set_BeyondCapacity_DropsTheLeastRecentlyUsedDate()
    {
        // Arrange
        var cache = new AsOfCache(2);
        cache.Set(First, CurrentAnalysis.Empty);
        cache.Set(Second, CurrentAnalysis.Empty);
        cache.TryGet(First, out _).ShouldBeTrue();

        // Act
        cache.Set(Third, CurrentAnalysis.Empty);

        // Assert
        cache.TryGet(Second, out _).ShouldBeFalse();
        cache.TryGet(First, out _).ShouldBeTrue();
        cache.TryGet(Third, out _).ShouldBeTrue();
    }

    [Fact]
    public void Clear_ForgetsEveryDate()
    {
        var cache = new AsOfCache(4);
        cache.Set(First, CurrentAnalysis.Empty);

        cache.Clear();

        cache.TryGet(First, out _).ShouldBeFalse();
    }
}
