namespace Roadmap.SampleMaker;

/// <summary>Where to read the shared data and where to write the sample.</summary>
internal sealed record MakerOptions(string SharedDir, string OutDir)
{
    /// <summary>
    /// Parses <c>--shared</c> and <c>--out</c>. Defaults are relative to the repository root rather than the working
    /// directory, so <c>dotnet run --project tools/Roadmap.SampleMaker</c> behaves the same from any folder in the repo.
    /// </summary>
    public static MakerOptions? Parse(IReadOnlyList<string> args, string workingDir)
    {
        var root = FindRepoRoot(workingDir) ?? workingDir;
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "sdo"));
        var output = Path.GetFullPath(Path.Combine(root, "samples"));
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count)
            {
                return null;
            }

            switch (args[i])
            {
                case "--shared":
                    shared = Path.GetFullPath(args[++i], workingDir);
                    break;
                case "--out":
                    output = Path.GetFullPath(args[++i], workingDir);
                    break;
                default:
                    return null;
            }
        }

        return new MakerOptions(shared, output);
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roadmap.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
