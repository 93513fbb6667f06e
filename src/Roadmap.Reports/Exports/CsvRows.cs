namespace Roadmap.Reports.Exports;

/// <summary>One document per CSV row; lists (topics, ICS) are joined with <c>; </c>.</summary>
[CsvHelper.CsvRecord]
public sealed partial record DocumentCsvRow
{
    public string Key { get; init; } = string.Empty;

    public string Designation { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Stage { get; init; } = string.Empty;

    public string StatusCode { get; init; } = string.Empty;

    public string? Published { get; init; }

    public string? Committee { get; init; }

    public string? Topics { get; init; }

    public int Editions { get; init; }

    public string? Url { get; init; }
}

/// <summary>One gap per CSV row, with the priority formula's terms as columns.</summary>
[CsvHelper.CsvRecord]
public sealed partial record GapCsvRow
{
    public string Id { get; init; } = string.Empty;

    public string Topic { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public double Priority { get; init; }

    public double? W { get; init; }

    public double? A { get; init; }

    public double? S { get; init; }

    public double? B { get; init; }

    public string Statement { get; init; } = string.Empty;

    public string? SuggestedOwner { get; init; }

    public string? Evidence { get; init; }

    public string? WorkInProgress { get; init; }
}

/// <summary>One overlap per CSV row.</summary>
[CsvHelper.CsvRecord]
public sealed partial record OverlapCsvRow
{
    public string First { get; init; } = string.Empty;

    public string Second { get; init; } = string.Empty;

    public string FirstBody { get; init; } = string.Empty;

    public string SecondBody { get; init; } = string.Empty;

    public string? FirstCommittee { get; init; }

    public string? SecondCommittee { get; init; }

    public double Score { get; init; }

    public double TextSimilarity { get; init; }

    public double TopicSimilarity { get; init; }

    public string? SharedTerms { get; init; }

    public string? SharedTopics { get; init; }

    public string? KnownRelation { get; init; }
}
