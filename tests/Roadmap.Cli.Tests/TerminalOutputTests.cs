using System.Text.Json;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

/// <summary>Escape sequences in stored titles never reach the terminal raw: show, search and report print them stripped; JSON escapes them.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private const string Title = "Security \u0001\u001b]0;pwned\u0007threats \u001b[2Jof distributed\u009b31m ledger\r technology\u0002\u0000";
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ShowSearchAndReport_TitleWithEscapeSequences_PrintItWithoutControlCharacters()
    {
        // Arrange
        await SeedAsync();

        // Act
        var show = await CliRunner.RunAsync("show", "ITU-T X.1401", "--data", _data.Path);
        var search = await CliRunner.RunAsync("search", "threats", "--data", _data.Path);
        var report = await CliRunner.RunAsync("report", "--format", "md", "--data", _data.Path);

        // Assert
        foreach (var (name, (exit, output, error)) in new[] { ("show", show), ("search", search), ("report", report) })
        {
            exit.ShouldBe(0, $"{name}: {error}");
            var text = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "); // tables and long lines wrap
            text.ShouldContain("0;pwnedthreats", Case.Sensitive, name);
            text.ShouldContain("2Jof distributed31m ledger technology", Case.Sensitive, name);
            output.ShouldNotContain(c => c < ' ' && c != '\n' && c != '\t' || c >= '\u007F' && c <= '\u009F', name);
        }
    }

    [Fact]
    public async Task ShowJson_TitleWithEscapeSequences_EscapesThemInTheJson()
    {
        // Arrange
        await SeedAsync();

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("show", "ITU-T X.1401", "--json", "--data", _data.Path);

        // Assert
        exit.ShouldBe(0);
        output.ShouldNotContain(c => c < ' ' && c != '\n' && c != '\r' || c >= '\u007F' && c <= '\u009F');
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("document").GetProperty("title").GetString().ShouldBe(Title, "JSON keeps the data, escaped");
    }

    [Fact]
    public void Strip_ControlCharacters_KeepsLineFeedsTabsAndText()
    {
        TerminalText.Strip("a\u001b[31mb\u0007\r\n\tc\u007F\u0085\u009Bd é 😀").ShouldBe("a[31mb\n\tcd é 😀");
        const string clean = "ISO 22739 — Vocabulary";
        TerminalText.Strip(clean).ShouldBeSameAs(clean);
    }

    // The samples, analysed, with one title replaced by one carrying escape sequences.
    private async Task SeedAsync()
    {
        var catalogue = Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(_data.Path)))
        {
            await store.InitializeAsync(Ct);
            var document = (await store.GetDocumentAsync("ITU-T X.1401", Ct)).ShouldNotBeNull();
            var hostile = document with { Title = Title, Editions = [.. document.Editions.Select(e => e with { Title = Title })] };
            await store.UpsertAsync(new GraphBatch { Documents = [hostile] }, new ChangeContext(null, "test", new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)), Ct);
        }

        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);
    }
}
