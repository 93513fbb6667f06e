using System.Globalization;
using Roadmap.Core.Documents;

namespace Roadmap.Application.Documents;

/// <summary>
/// How <c>roadmap changes --since</c> reads its date: a year, month or day means its first moment
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
}
