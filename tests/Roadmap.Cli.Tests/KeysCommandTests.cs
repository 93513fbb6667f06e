using Roadmap.TestKit;
using System.Text.Json.Nodes;
using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;

namespace Roadmap.Cli.Tests;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task KeysCreate_EditorRole_PrintsKeyOnceAndStoresOnlyItsHash()
    {
        // Arrange
        using var data = new TempDirectory();

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("keys", "create", "--role", "editor", "--name", "alice", "--json", "--data", data.Path);

        // Assert
        exit.ShouldBe(0);
        var created = JsonNode.Parse(output)!;
        var key = created["key"]!.GetValue<string>();
        key.ShouldStartWith("rmk_");
        var stored = await new SqliteApiKeyStore(Path.Combine(data.Path, "graph.db")).FindAsync(created["id"]!.GetValue<string>(), CancellationToken.None);
        stored.ShouldNotBeNull();
        stored.Role.ShouldBe(ApiRole.Editor);
        ApiKeySecrets.TryParse(key, out _, out var secret).ShouldBeTrue();
        stored.Hash.ShouldNotContain(secret);
        ApiKeySecrets.Verify(stored, secret).ShouldBeTrue();
    }

    [Fact]
    public async Task KeysListAndRevoke_ShowKeysAndRevokeThem()
    {
        // Arrange
        using var data = new TempDirectory();
        var (_, created, _) = await CliRunner.RunAsync("keys", "create", "--role", "admin", "--name", "root", "--json", "--data", data.Path);
        var id = JsonNode.Parse(created)!["id"]!.GetValue<string>();

        // Act
        var (revokeExit, revokeOut, _) = await CliRunner.RunAsync("keys", "revoke", id, "--data", data.Path);
        var (againExit, _, againErr) = await CliRunner.RunAsync("keys", "revoke", id, "--data", data.Path);
        var (listExit, list, _) = await CliRunner.RunAsync("keys", "list", "--json", "--data", data.Path);
        var (_, table, _) = await CliRunner.RunAsync("keys", "list", "--data", data.Path);

        // Assert
        revokeExit.ShouldBe(0);
        revokeOut.ShouldContain(id);
        againExit.ShouldBe(1);
        againErr.ShouldContain("already revoked");
        listExit.ShouldBe(0);
        var keys = JsonNode.Parse(list)!.AsArray();
        keys.ShouldHaveSingleItem()!["revokedAt"].ShouldNotBeNull();
        table.ShouldContain("root");
        table.ShouldNotContain("rmk_");
    }

    [Fact]
    public async Task KeysCreate_UnknownRole_IsBadUsage()
    {
        // Arrange
        using var data = new TempDirectory();

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("keys", "create", "--role", "owner", "--data", data.Path);

        // Assert
        exit.ShouldBe(2);
        error.ShouldContain("owner");
    }
}
