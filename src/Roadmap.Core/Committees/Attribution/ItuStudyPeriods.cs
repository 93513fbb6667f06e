using Roadmap.Core.Documents;

namespace Roadmap.Core.Committees.Attribution;

/// <summary>
/// ITU-T study periods, each starting the day after the World Telecommunication Standardization Assembly that opened it
/// (WTSA-20 was postponed to March 2022, so 2017-2020 ran until then). An approval date falls in exactly one period.
/// </summary>
public static class ItuStudyPeriods
{
    // Label and first day, oldest first. Before 1993 (CCITT) is one period: no rule needs finer.
    private static readonly (string Label, DateOnly Starts)[] Periods =
    [
        ("before 1993", DateOnly.MinValue),
        ("1993-1996", new DateOnly(1993, 3, 13)),
        ("1997-2000", new DateOnly(1996, 10, 19)),
        ("2001-2004", new DateOnly(2000, 10, 7)),
        ("2005-2008", new DateOnly(2004, 10, 15)),
        ("2009-2012", new DateOnly(2008, 10, 31)),
        ("2013-2016", new DateOnly(2012, 11, 30)),
        ("2017-2020", new DateOnly(2016, 11, 4)),
        ("2022-2024", new DateOnly(2022, 3, 10)),
        ("2025-2028", new DateOnly(2024, 10, 25)),
    ];

    /// <summary>The newest period: where an undated edition is placed.</summary>
    public static string Current => Periods[^1].Label;

    public static bool IsKnown(string label) => IndexOf(label) >= 0;

    /// <summary>The position of a period, oldest 0; -1 when the label is unknown.</summary>
    public static int IndexOf(string label) => Array.FindIndex(Periods, p => p.Label == label);

    /// <summary>The period an edition approved on <paramref name="approved"/> belongs to (a year-only date counts from 1 January).</summary>
    public static int IndexOf(PartialDate? approved)
    {
        if (approved is not { } date)
        {
            return Periods.Length - 1;
        }

        var day = date.Earliest;
        return Array.FindLastIndex(Periods, p => p.Starts <= day);
    }

    public static string LabelOf(int index) => Periods[index].Label;
}
