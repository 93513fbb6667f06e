using Roadmap.TestKit;
using System.Text.Json;

namespace Roadmap.Cli.Tests;

public sealed class CliUsageTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task UnknownVerb_ExitsTwoWithUsageHint()
    {
        var (exit, _, err) = await CliRunner.RunAsync("frobnicate");

        exit.ShouldBe(2);
        err.ShouldContain("roadmap --help");
    }

    [Fact]
    public async Task UnknownVerb_NamesOnlyTheUnknownVerb()
    {
        var (_, _, err) = await CliRunner.RunAsync("frobnicate");

        err.ShouldStartWith("error: Unrecognized command or argument 'frobnicate'.");
        err.ShouldNotContain("Required command was not provided");
    }

    [Theory]
    [InlineData("error: Cannot parse argument 'abc' for option '--limit': expected a whole number.", "search", "ledger", "--limit", "abc")]
    [InlineData("error: Cannot parse argument 'high' for option '--min-score': expected a number.", "overlaps", "--min-score", "high")]
    [InlineData("error: Cannot parse argument 'Foo' for option '--status': expected one of Open, Addressed, Closed, Dismissed, Orphaned, Merged.", "gaps", "--status", "Foo")]
    [InlineData("error: --limit must be between 1 and 100000 (got -5)", "changes", "--limit", "-5")]
    [InlineData("error: --show must be 0 or more", "eval", "topics", "--labels", "x.csv", "--show", "-1")]
    public async Task BadOptionValue_ExitsTwoWithAPlainMessageAndNoStackTrace(string expected, params string[] args)
    {
        var (exit, _, err) = await CliRunner.RunAsync([.. args, "--data", _data.Path]);

        exit.ShouldBe(2);
        err.ShouldStartWith(expected);
        err.ShouldNotContain("   at ");
        err.ShouldNotContain("Roadmap.Core");
    }

    [Fact]
    public async Task EvalWithAMissingLabelFile_ExitsOneNamingIt()
    {
        var (exit, _, err) = await CliRunner.RunAsync("eval", "gaps", "--labels", Path.Combine(_data.Root, "none.csv"), "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("none.csv: no such file");
    }

    [Fact]
    public async Task MissingArgument_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("show");

        exit.ShouldBe(2);
    }

    [Theory]
    [InlineData("import", "iso-open-data")]
    [InlineData("stats")]
    [InlineData("show")]
    [InlineData("demo")]
    [InlineData("crawl")]
    [InlineData("parse")]
    [InlineData("changes")]
    public async Task EveryVerb_HasHelp(params string[] verb)
    {
        var (exit, output, _) = await CliRunner.RunAsync([.. verb, "--help"]);

        exit.ShouldBe(0);
        output.ShouldContain("Usage:");
    }

    [Fact]
    public async Task RootHelp_VerbColumn_IsNotPaddedByALongUsageLine()
    {
        var (exit, output, _) = await CliRunner.RunAsync("--help");

        exit.ShouldBe(0);
        var parse = output.Split('\n').Single(l => l.TrimStart().StartsWith("parse ", StringComparison.Ordinal));
        parse.ShouldContain("parse <kind> <file>");
        // Where the descriptions start: the widest usage plus two spaces (was ~200 when parse listed every page kind).
        parse.IndexOf("Parse one saved page", StringComparison.Ordinal).ShouldBeLessThan(40);
    }

    [Fact]
    public async Task ReadmeCliTable_ListsEveryVerb()
    {
        // Arrange: the verbs as the root --help lists them.
        var (_, output, _) = await CliRunner.RunAsync("--help");
        var verbs = output.Split('\n').SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ')[0]).ToList();
        var readme = await File.ReadAllTextAsync(Path.Combine(SharedData.RepoRoot, "README.md"), TestContext.Current.CancellationToken);
        var table = readme[readme.IndexOf("| verb | what it does |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        // Assert
        verbs.Count.ShouldBeGreaterThan(15);
        verbs.ShouldAllBe(v => table.Contains($"`{v}", StringComparison.Ordinal) || table.Contains($"· `{v}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_EmptyStore_PrintsZeroCountsAsJson()
    {
        var (exit, output, _) = await CliRunner.RunAsync("stats", "--json", "--data", _data.Path);

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task ForeignDataFolder_GivesClearErrorWithoutStackTrace()
    {
        Directory.CreateDirectory(_data.Path);
        await File.WriteAllTextAsync(Path.Combine(_data.Path, "notes.txt"), "mine", TestContext.Current.CancellationToken);

        var (exit, _, err) = await CliRunner.RunAsync("stats", "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("not a Roadmap data folder");
        err.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task CorruptGraphFile_GivesClearError()
    {
        await CliRunner.RunAsync("stats", "--data", _data.Path);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_data.Path, "graph.db*"))
        {
            File.Delete(file);
        }

        await File.WriteAllTextAsync(Path.Combine(_data.Path, "graph.db"), new string('x', 10_000), TestContext.Current.CancellationToken);

        var (exit, _, err) = await CliRunner.RunAsync("stats", "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("corrupt or not an SQLite database");
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOne()
    {
        var (exit, _, err) = await CliRunner.RunAsync("import", "iso-open-data", "/nonexistent/feed.jsonl", "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("No such file");
    }

    [Fact]
    public async Task DataFromEnvironment_IsUsedWhenNoOption()
    {
        Environment.SetEnvironmentVariable("ROADMAP_DATA", _data.Path);
        try
        {
            var (exit, _, _) = await CliRunner.RunAsync("stats");

            exit.ShouldBe(0);
            File.Exists(Path.Combine(_data.Path, "roadmap-data.json")).ShouldBeTrue();
        }
        finally
        {
            Environment.SetEnvironmentVariable("ROADMAP_DATA", null);
        }
    }
}
