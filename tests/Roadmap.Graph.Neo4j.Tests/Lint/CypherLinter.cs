using System.Diagnostics;
using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Graph.Neo4j.Tests.Lint;

/// <summary>
/// Runs <c>lint/lint.mjs</c> (Neo4j's own Cypher 5 parser, npm <c>@neo4j-cypher/language-support</c>) over statements.
/// Skips the calling test, saying how to install, when node or the package is missing.
/// </summary>
internal static class CypherLinter
{
    public static string Folder { get; } = Path.Combine(SharedData.RepoRoot, "tests", "Roadmap.Graph.Neo4j.Tests", "lint");

    public static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<(string Name, string Statement)> statements, CancellationToken cancellationToken)
    {
        var install = $"npm install --prefix tests/Roadmap.Graph.Neo4j.Tests/lint (or npm ci there), with Node.js 20+ on the PATH";
        Assert.SkipUnless(await NodeWorksAsync(cancellationToken), $"node is not installed, so Cypher cannot be linted. Install Node.js, then: {install}");
        Assert.SkipUnless(
            Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")),
            $"@neo4j-cypher/language-support is not installed. Run: {install}");

        var input = Path.Combine(Path.GetTempPath(), $"roadmap-cypher-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(
                input,
                JsonSerializer.Serialize(statements.Select(s => new Dictionary<string, string> { ["name"] = s.Name, ["statement"] = s.Statement })),
                cancellationToken);
            return await RunAsync("node", [Path.Combine(Folder, "lint.mjs"), input], cancellationToken);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task<bool> NodeWorksAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await RunAsync("node", ["--version"], cancellationToken)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
