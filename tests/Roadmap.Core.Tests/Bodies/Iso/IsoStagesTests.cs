using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Tests.Lifecycle;

public sealed class IsoStagesTests
{
    [Theory]
    [InlineData("00.00", LifecycleStage.Proposed)]
    [InlineData("10.99", LifecycleStage.Proposed)]
    [InlineData("20.00", LifecycleStage.InDevelopment)]
    [InlineData("30.99", LifecycleStage.InDevelopment)]
    [InlineData("40.93", LifecycleStage.InDevelopment)]
    [InlineData("50.20", LifecycleStage.InDevelopment)]
    [InlineData("60.00", LifecycleStage.InDevelopment)]
    [InlineData("60.60", LifecycleStage.Published)]
    [InlineData("90.93", LifecycleStage.Published)]
    [InlineData("90.20", LifecycleStage.Published)]
    [InlineData("90.92", LifecycleStage.UnderReview)]
    [InlineData("90.99", LifecycleStage.UnderReview)]
    [InlineData("95.20", LifecycleStage.UnderReview)]
    [InlineData("95.92", LifecycleStage.Published)]
    [InlineData("95.99", LifecycleStage.Withdrawn)]
    [InlineData("30.98", LifecycleStage.Deleted)]
    [InlineData("90.98", LifecycleStage.Deleted)]
    public void Map_HarmonizedCode_GivesCommonStage(string code, LifecycleStage expected)
    {
        var lifecycle = IsoStages.Map(code);

        lifecycle.Stage.ShouldBe(expected);
        lifecycle.Code.ShouldBe(code);
        lifecycle.Scheme.ShouldBe(IsoStages.Scheme);
    }

    [Theory]
    [InlineData(6060, "60.60")]
    [InlineData(9599, "95.99")]
    [InlineData(4020, "40.20")]
    [InlineData(0, "00.00")]
    public void Map_FeedInteger_KeepsDottedCode(int feedValue, string code) =>
        IsoStages.Map(feedValue).Code.ShouldBe(code);

    [Theory]
    [InlineData("61.60")]
    [InlineData("60.61")]
    [InlineData("6")]
    [InlineData("abc")]
    [InlineData("60-60")]
    [InlineData("9600")]
    public void Map_UnknownCode_Throws(string code) =>
        Should.Throw<LifecycleMappingException>(() => IsoStages.Map(code)).Message.ShouldContain(code);

    [Fact]
    public void TryMap_UnknownCode_ReturnsFalse() =>
        IsoStages.TryMap("12.34", out _).ShouldBeFalse();
}
