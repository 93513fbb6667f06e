namespace Roadmap.Bench;

internal sealed record BenchOptions(string SharedSdo, string Output, string WorkFolder, string? Only = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var repo = FindRepo();
        var shared = Path.GetFullPath(Path.Combine(repo, "..", "shared", "sdo"));
        var output = Path.Combine(repo, "docs", "PERFORMANCE.md");
        string? only = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--shared": shared = Path.GetFullPath(args[i + 1]); break;
                case "--out": output = Path.GetFullPath(args[i + 1]); break;
                case "--only": only = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchOptions(shared, output, Path.Combine(Path.GetTempPath(), "roadmap-bench"), only);
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
