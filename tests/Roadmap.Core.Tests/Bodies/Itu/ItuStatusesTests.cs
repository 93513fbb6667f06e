using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Tests.Lifecycle;

public sealed class ItuStatusesTests
{
    [Theory]
    [InlineData("In force", LifecycleStage.Published)]
    [InlineData("in  force", LifecycleStage.Published)]
    [InlineData("Superseded", LifecycleStage.Superseded)]
    [InlineData("Withdrawn", LifecycleStage.Withdrawn)]
    [InlineData("Published", LifecycleStage.Published)]
    [InlineData("Withdrawal", LifecycleStage.Withdrawn)]
    [InlineData("Under study", LifecycleStage.InDevelopment)]
    [InlineData("Consented", LifecycleStage.InDevelopment)]
    [InlineData("Determined", LifecycleStage.InDevelopment)]
    [InlineData("Approved", LifecycleStage.Published)]
    public void Map_StatusWord_GivesCommonStage(string word, LifecycleStage expected) =>
        ItuStatuses.Map(word).Stage.ShouldBe(expected);

    [Fact]
    public void Map_UnknownWord_Throws() =>
        Should.Throw<LifecycleMappingException>(() => ItuStatuses.Map("Pending"));
}
