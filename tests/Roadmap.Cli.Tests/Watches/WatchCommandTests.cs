using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Watches;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AddListRemove_RoundTrip()
    {
        // Act
        var (addExit, added, _) = await CliRunner.RunAsync("watch", "add", "--name", "TC 307", "--committee", "ISO/TC 307", "--webhook", "http://127.0.0.1:9/hook", "--json", "--data", _data.Path);
        using var watch = JsonDocument.Parse(added);
        var id = watch.RootElement.GetProperty("id").GetString()!;
        var (listExit, listed, _) = await CliRunner.RunAsync("watch", "list", "--json", "--data", _data.Path);
        var (removeExit, _, _) = await CliRunner.RunAsync("watch", "remove", id, "--data", _data.Path);
        var (againExit, _, againError) = await CliRunner.RunAsync("watch", "remove", id, "--data", _data.Path);
        var (_, after, _) = await CliRunner.RunAsync("watch", "list", "--json", "--data", _data.Path);

        // Assert
        (addExit, listExit, removeExit, againExit).ShouldBe((0, 0, 0, 1));
        watch.RootElement.GetProperty("webhookSecret").GetString()!.Length.ShouldBe(64);
        watch.RootElement.GetProperty("feed").GetString()!.ShouldStartWith($"/feeds/watches/{id}.atom?token=");
        listed.ShouldContain(id);
        againError.ShouldContain("no watch");
        after.Trim().ShouldBe("[]");
    }

    [Theory]
    [InlineData("--name", "x")]
    [InlineData("--name", "x", "--designation", "ISO (")]
    [InlineData("--name", "x", "--body", "ISO", "--webhook", "not a url")]
    [InlineData("--name", "x", "--body", "ISO", "--digest", "Daily")]
    [InlineData("--name", "x", "--kind", "Novel")]
    public async Task Add_BadUsage_ExitsTwo(params string[] args)
    {
        // Act
        var (exit, _, error) = await CliRunner.RunAsync(["watch", "add", .. args, "--data", _data.Path]);

        // Assert
        exit.ShouldBe(2);
        error.ShouldStartWith("error:");
    }

    [Fact]
    public async Task Events_NoWatches_EmptyJson()
    {
        // Act
        var (exit, output, _) = await CliRunner.RunAsync("watch", "events", "--json", "--data", _data.Path);

        // Assert
        exit.ShouldBe(0);
        output.Trim().ShouldBe("[]");
    }

    [Fact]
    public async Task Help_EveryVerb()
    {
        foreach (var verb in new[] { "add", "list", "events", "remove" })
        {
            // Act
            var (exit, output, _) = await CliRunner.RunAsync("watch", verb, "--help");

            // Assert
            exit.ShouldBe(0);
            output.ShouldContain("Usage:");
        }
    }
}
