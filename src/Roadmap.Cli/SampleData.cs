namespace Roadmap.Cli;

/// <summary>Finds the repository's <c>samples/</c> folder from the program's location or the working folder.</summary>
internal static class SampleData
{
    public const string IsoFeed = "iso_deliverables_metadata.jsonl";
    public const string Catalogue = "catalogue.jsonl";
    public const string Committees = "committees.jsonl";

    /// <summary>Hand-kept committee facts the sample maker cannot derive: working groups, Questions, focus groups, liaisons.</summary>
    public const string CommitteeFacts = "committee-facts.jsonl";
    /// <summary>Hand-kept catalogue lines for focus-group deliverables (ITU-T FG DLT D1.1–D5.1), which no crawled source lists.</summary>
    public const string FocusGroupDeliverables = "focus-group-deliverables.jsonl";
    public const string Snapshot = "snapshot";

    public static string? Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, IsoFeed)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
