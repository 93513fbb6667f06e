using Microsoft.Extensions.Options;
using Roadmap.Hosting;

namespace Roadmap.Api.Tests.Hosting;

/// <summary>The bounds of the service's time-span options, checked at start, from many hosts at once.</summary>
public sealed class TimeSpanOptionTests
{
    [Fact]
    public void IsValid_BoundsAreInclusive_OutsideIsNot()
    {
        var range = new TimeSpanRangeAttribute("00:00:01", "1.00:00:00");

        range.IsValid(TimeSpan.FromSeconds(1)).ShouldBeTrue();
        range.IsValid(TimeSpan.FromDays(1)).ShouldBeTrue();
        range.IsValid(TimeSpan.FromMilliseconds(999)).ShouldBeFalse();
        range.IsValid(TimeSpan.FromDays(1) + TimeSpan.FromTicks(1)).ShouldBeFalse();
        range.FormatErrorMessage("SyncInterval").ShouldBe("The field SyncInterval must be between 00:00:01 and 1.00:00:00.");
    }

    // One attribute instance serves every validation of its property; the framework's Range converted its bounds in
    // place on first use, and a second thread could catch it half done.
    [Fact]
    public async Task IsValid_ManyThreadsAtOnce_AllAgree()
    {
        for (var round = 0; round < 50; round++)
        {
            // A fresh attribute each round: its first use is where the framework's Range raced.
            var range = new TimeSpanRangeAttribute("00:00:00.100", "00:10:00");

            var answers = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(() => range.IsValid(TimeSpan.FromSeconds(i)), TestContext.Current.CancellationToken)));

            answers.ShouldAllBe(valid => valid);
        }
    }

    [Fact]
    public async Task Start_SyncIntervalOutOfRange_FailsNamingTheOption()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Roadmap:Search:SyncInterval"] = "00:00:00.500" });

        var error = Should.Throw<OptionsValidationException>(() => factory.Server);

        error.Message.ShouldContain("SyncInterval must be between 00:00:01 and 1.00:00:00");
    }
}
