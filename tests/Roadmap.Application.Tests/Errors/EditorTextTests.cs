using Roadmap.Application.Errors;

namespace Roadmap.Application.Tests.Errors;

public sealed class EditorTextTests
{
    [Fact]
    public void Require_Padded_IsTrimmed() => EditorText.Require("  a note ", "note").ShouldBe("a note");

    [Fact]
    public void Require_TooLong_NamesTheFieldAndTheLimit()
    {
        var error = Should.Throw<InvalidInputException>(() => EditorText.Require(new string('x', EditorText.MaxLength + 1), "statement"));

        error.Message.ShouldBe("statement is longer than 4000 characters");
    }

    [Fact]
    public void Optional_Blank_IsNoNote() => EditorText.Optional("   ", "note").ShouldBeNull();

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Priority_Bounds_AreAccepted(double priority) => EditorText.Priority(priority).ShouldBe(priority);
}
