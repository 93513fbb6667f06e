namespace Roadmap.TestKit;

/// <summary>
/// Finds the real SDO data in <c>../shared/sdo</c> beside the repository. CI always has it; a user's fresh clone may not,
/// and then the tests that need it are skipped with a message saying so.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The <c>shared/sdo</c> folder, or null when it is absent.</summary>
    public static string? SdoRoot => Root.Value;

    /// <summary>The full path of a file under <c>shared/sdo</c>; skips the calling test when the data is absent.</summary>
    public static string Require(string relativePath)
    {
        var root = SdoRoot;
        Assert.SkipWhen(root is null, "The shared SDO data (../shared/sdo beside the repository, or ROADMAP_SHARED_SDO) is absent; this test needs it.");
        var path = Path.Combine(root!, relativePath);
        Assert.SkipUnless(File.Exists(path) || Directory.Exists(path), $"The shared SDO data has no '{relativePath}'.");
        return path;
    }

    /// <summary>The repository root (the folder with Roadmap.sln).</summary>
    public static string RepoRoot { get; } = FindUp(AppContext.BaseDirectory, "Roadmap.sln")
        ?? throw new InvalidOperationException("Roadmap.sln not found above " + AppContext.BaseDirectory);

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ROADMAP_SHARED_SDO");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        var repo = FindUp(AppContext.BaseDirectory, "Roadmap.sln");
        if (repo is null)
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared", "sdo"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string? FindUp(string start, string marker)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
