using Roadmap.Application.Documents;
using Roadmap.Application.Errors;

namespace Roadmap.Application.Tests.Documents;

public sealed class PublishedSinceTests
{
    [Theory]
    [InlineData("2024", "2024-01-01")]
    [InlineData("2024-03", "2024-03-01")]
    [InlineData(" 2024-03-15 ", "2024-03-15")]
    public void ParseSince_YearMonthOrDate_MeansItsFirstDay(string text, string expected)
    {
        PublishedSince.ParseSince(text).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2024-13")]
    [InlineData("24")]
    public void ParseSince_NotADate_IsInvalidInput(string text)
    {
        Should.Throw<InvalidInputException>(() => PublishedSince.ParseSince(text)).Message.ShouldContain("YYYY-MM");
    }

    [Theory]
    [InlineData("2024", "2024-01-01T00:00:00Z")]
    [InlineData("2024-03", "2024-03-01T00:00:00Z")]
    [InlineData("2024-03-15T08:30:00Z", "2024-03-15T08:30:00Z")]
    public void ChangesSinceTryParse_AYearMonthDateOrTime_IsItsFirstMoment(string text, string expected)
    {
        ChangesSince.TryParse(text, out var at).ShouldBeTrue();
        at.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
