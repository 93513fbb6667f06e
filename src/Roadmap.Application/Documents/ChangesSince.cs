using System.Globalization;
using Roadmap.Core.Documents;

namespace Roadmap.Application.Documents;

/// <summary>
/// How <c>roadmap changes --since</c> and the API's <c>changes(sinceDay:)</c> read a date: a year, month or day means
/// its first moment (UTC), so <c>2024</c> works as well as <c>2024-03-15T08:00:00Z</c>.
/// </summary>
public static class ChangesSince
{
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        if (PartialDate.TryParse(text, out var date))
        {
            at = StartOf(date.Earliest);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }

    /// <summary>The first moment (UTC) of a year, month or day only.</summary>
    /// <exception cref="Errors.InvalidInputException">Not a year, year-month or date.</exception>
    public static DateTimeOffset FromDay(string text) => StartOf(PublishedSince.ParseSince(text));

    private static DateTimeOffset StartOf(DateOnly day) => new(day, TimeOnly.MinValue, TimeSpan.Zero);
}
