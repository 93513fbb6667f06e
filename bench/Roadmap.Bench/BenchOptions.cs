namespace Roadmap.Bench;

internal sealed record BenchOptions(string SharedSdo, string Output, string WorkFolder, string? Only = null, int SoakMinutes = 10)
{
    /// <summary>The repository root (samples/snapshot is replayed by the soak's crawl).</summary>
    public string Repo { get; init; } = Environment.CurrentDirectory;

    public static BenchOptions Parse(string[] args)
    {
        var repo = FindRepo();
        var shared = Path.GetFullPath(Path.Combine(repo, "..", "shared", "sdo"));
        var output = Path.Combine(repo, "docs", "PERFORMANCE.md");
        string? only = null;
        var minutes = 10;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--shared": shared = Path.GetFullPath(args[i + 1]); break;
                case "--out": output = Path.GetFullPath(args[i + 1]); break;
                case "--only": only = args[i + 1]; break;
                case "--minutes": minutes = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (minutes is < 1 or > 120)
        {
            throw new ArgumentException("--minutes must be between 1 and 120 (the soak is bounded)");
        }

        return new BenchOptions(shared, output, Path.Combine(Path.GetTempPath(), "roadmap-bench"), only, minutes) { Repo = repo };
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roadmap.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
