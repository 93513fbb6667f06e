using System.Net;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Security;

/// <summary>
/// Revoking a key through the API (there was no endpoint: only the CLI, whose revocation a running service honoured
/// after up to 30 s), and what readers see of who edited.
/// </summary>
public sealed class KeyRevocationTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    [Fact]
    public async Task RevokeApiKey_Admin_TheKeyIsRefusedFromTheNextRequest()
    {
        // Arrange: the editor's key is in the verifier's cache (it just worked)
        var admin = await Seed.KeyAsync(server.Factory, ApiRole.Admin, "ops");
        var editor = await Seed.KeyAsync(server.Factory, ApiRole.Editor, "mallory");
        (await Gql.PostAsync(server.Client, "{ viewer { role } }", key: editor)).Data()["viewer"]!["role"]!.GetValue<string>().ShouldBe("EDITOR");
        ApiKeySecrets.TryParse(editor, out var id, out _).ShouldBeTrue();

        // Act
        var revoked = (await Gql.PostAsync(server.Client, "mutation($id: ID!) { revokeApiKey(id: $id) }", new { id }, admin)).Data();
        var after = await Gql.PostAsync(server.Client, "{ viewer { role } }", key: editor);
        var again = (await Gql.PostAsync(server.Client, "mutation($id: ID!) { revokeApiKey(id: $id) }", new { id }, admin)).Data();
        var audit = (await Gql.PostAsync(server.Client, "query($t: String) { auditTrail(action: \"revokeApiKey\", target: $t, first: 1) { actor after } }", new { t = "api-key:" + id }, admin)).Data();

        // Assert
        revoked["revokeApiKey"]!.GetValue<bool>().ShouldBeTrue();
        after.Status.ShouldBe(HttpStatusCode.Unauthorized, "the cache entry went with the revocation, no KeyCacheLifetime to wait out");
        again["revokeApiKey"]!.GetValue<bool>().ShouldBeFalse("already revoked");
        audit["auditTrail"]!.AsArray().ShouldHaveSingleItem()!["actor"]!.GetValue<string>().ShouldStartWith("ops");
    }

    [Fact]
    public async Task RevokeApiKey_EditorOrUnknownId_IsRefused()
    {
        // Arrange
        var admin = await Seed.KeyAsync(server.Factory, ApiRole.Admin, "ops");

        // Act
        var byEditor = await Gql.PostAsync(server.Client, "mutation { revokeApiKey(id: \"k000000000000\") }", key: server.EditorKey);
        var unknown = await Gql.PostAsync(server.Client, "mutation { revokeApiKey(id: \"k000000000000\") }", key: admin);

        // Assert
        byEditor.FirstErrorCode().ShouldBe("FORBIDDEN");
        unknown.FirstErrorCode().ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task GapNotes_ReadAnonymously_ShowTheEditorsNameWithoutTheKeyId()
    {
        // Arrange: alice's edits are recorded as "alice (k…)"
        ApiKeySecrets.TryParse(server.EditorKey, out var id, out _).ShouldBeTrue();
        var topic = (await Gql.PostAsync(server.Client, "{ topics { id children { id } } }")).Data()["topics"]!.AsArray()
            .First(t => t!["children"]!.AsArray().Count == 0)!["id"]!.GetValue<string>();
        var gap = (await Gql.PostAsync(server.Client, "mutation($t: ID!) { createGap(input: { topicId: $t, statement: \"Who wrote this?\", note: \"first note\" }) { id } }", new { t = topic }, server.EditorKey))
            .Data()["createGap"]!["id"]!.GetValue<string>();

        // Act
        var read = (await Gql.PostAsync(server.Client, "query($id: ID!) { gap(id: $id) { notes { author } history { actor } } }", new { id = gap })).Data().ToJsonString();

        // Assert
        read.ShouldContain("\"author\":\"alice\"");
        read.ShouldContain("\"actor\":\"alice\"");
        read.ShouldNotContain(id, Case.Sensitive, "readers never see key ids");
    }
}
