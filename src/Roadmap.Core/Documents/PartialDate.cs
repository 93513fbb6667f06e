using System.Globalization;

namespace Roadmap.Core.Documents;

/// <summary>A date known to the year, the month or the day. Sources often give only a year or a month; a day is never invented.</summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1800 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year out of range");
        }

        if (month is < 1 or > 12 || (month is null && day is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month out of range");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "day out of range");
        }

        (Year, Month, Day) = (year, month, day);
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The earliest day the value can mean, for ordering and "as of" comparisons.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            value = new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");

    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        // A more precise date sorts after a vaguer one that starts on the same day.
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;
}
