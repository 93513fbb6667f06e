using Roadmap.Core.Wording;

namespace Roadmap.Core.Tests.Wording;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "body", "0 bodies")]
    [InlineData(1, "body", "1 body")]
    [InlineData(2, "body", "2 bodies")]
    [InlineData(1, "liaison recommendation", "1 liaison recommendation")]
    [InlineData(3, "liaison recommendation", "3 liaison recommendations")]
    [InlineData(2, "pass", "2 passes")]
    [InlineData(2, "key", "2 keys")]
    [InlineData(2, "match", "2 matches")]
    [InlineData(2, "normative document", "2 normative documents")]
    public void Of_Count_AgreesWithTheNoun(int count, string singular, string expected)
    {
        // Act
        var text = Counted.Of(count, singular);

        // Assert
        text.ShouldBe(expected);
    }

    [Fact]
    public void Of_IrregularPlural_UsesTheGivenPlural()
    {
        // Act & Assert
        Counted.Of(2, "analysis", "analyses").ShouldBe("2 analyses");
        Counted.Of(1, "analysis", "analyses").ShouldBe("1 analysis");
    }

    [Theory]
    [InlineData(0, "no new liaisons")]
    [InlineData(1, "1 new liaison")]
    [InlineData(4, "4 new liaisons")]
    public void Words_Count_SaysNoForZero(int count, string expected) => Counted.Words(count, "new liaison").ShouldBe(expected);

    [Theory]
    [InlineData(1, "is")]
    [InlineData(0, "are")]
    [InlineData(5, "are")]
    public void Be_Count_AgreesWithTheCount(int count, string expected) => Counted.Be(count).ShouldBe(expected);
}
