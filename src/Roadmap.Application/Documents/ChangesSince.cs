using System.Globalization;
using Roadmap.Application.Errors;
using Roadmap.Core.Documents;

namespace Roadmap.Application.Documents;

/// <summary>
/// How "changes since …" reads its date, in the CLI and the API alike: a year, month or day means its first moment
/// (UTC), so <c>2024</c> works as well as <c>2024-03-15T08:00:00Z</c>.
/// </summary>
public static class ChangesSince
{
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        if (PartialDate.TryParse(text, out var date))
        {
            at = new DateTimeOffset(date.Earliest, TimeOnly.MinValue, TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }

    /// <exception cref="InvalidInputException">Neither a year, month, date nor ISO 8601 time.</exception>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var at) ? at : throw new InvalidInputException($"since '{text}' is not a year, month, date (YYYY, YYYY-MM, YYYY-MM-DD) or an ISO 8601 time");
}
