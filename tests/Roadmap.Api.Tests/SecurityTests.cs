using System.Net;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

/// <summary>API keys and roles: reading without a key only when allowed, mutations only with the role, wrong keys refused.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new(anonymousRead: false);
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        await Seed.WriteAsync(_factory, Seed.Small());
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Query_NoKeyAndAnonymousReadOff_Is401Unauthenticated()
    {
        // Act
        var result = await Gql.PostAsync(_client, "{ stats { documents } }");

        // Assert
        result.Status.ShouldBe(HttpStatusCode.Unauthorized);
        result.FirstErrorCode().ShouldBe("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Query_WrongKey_Is401()
    {
        // Act
        var result = await Gql.PostAsync(_client, "{ stats { documents } }", key: "rmk_kdeadbeef0000_nope");

        // Assert
        result.Status.ShouldBe(HttpStatusCode.Unauthorized);
        result.FirstErrorCode().ShouldBe("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Query_ReaderKeyAsBearerOrHeader_Reads()
    {
        // Arrange
        var key = await Seed.KeyAsync(_factory, ApiRole.Reader, "alice");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ viewer { authenticated name role keyId } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", key);

        // Act
        var bearer = (await Gql.PostAsync(_client, "{ stats { documents } }", key: key)).Data();
        var header = (await Gql.SendAsync(_client, request)).Data();

        // Assert
        bearer["stats"]!["documents"]!.GetValue<int>().ShouldBe(5);
        header["viewer"]!["name"]!.GetValue<string>().ShouldBe("alice");
        header["viewer"]!["role"]!.GetValue<string>().ShouldBe("READER");
    }

    [Fact]
    public async Task Mutation_ReaderKey_IsForbiddenAndNothingRuns()
    {
        // Arrange
        var key = await Seed.KeyAsync(_factory, ApiRole.Reader);

        // Act
        var result = await Gql.PostAsync(_client, "mutation { triggerIndexRebuild { started } }", key: key);
        var audit = (await Gql.PostAsync(_client, "{ auditTrail { id } }", key: await Seed.KeyAsync(_factory, ApiRole.Admin))).Data();

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
        result.Body["data"].ShouldBeNull();
        audit["auditTrail"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Mutation_EditorKeyOnAdminMutation_IsForbidden()
    {
        // Act
        var result = await Gql.PostAsync(_client, "mutation { triggerIndexRebuild { started } }", key: await Seed.KeyAsync(_factory, ApiRole.Editor));

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
        result.Errors().ShouldContain("needs role ADMIN");
    }

    [Fact]
    public async Task AuditTrail_ReaderKey_IsForbidden()
    {
        // Act
        var result = await Gql.PostAsync(_client, "{ auditTrail { id } }", key: await Seed.KeyAsync(_factory, ApiRole.Reader));

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task Query_RevokedKey_Is401()
    {
        // Arrange
        var (stored, key) = ApiKeySecrets.Create("bob", ApiRole.Admin, Seed.At);
        var keys = new Graph.Embedded.SqliteApiKeyStore(Path.Combine(_factory.DataPath, "graph.db"));
        await keys.AddAsync(stored with { RevokedAt = Seed.At }, CancellationToken.None);

        // Act
        var result = await Gql.PostAsync(_client, "{ stats { documents } }", key: key);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class AnonymousReadTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Mutation_AnonymousWithAnonymousReadOn_IsUnauthenticated()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "mutation { triggerIndexRebuild { started } }");

        // Assert
        result.FirstErrorCode().ShouldBe("UNAUTHENTICATED");
        result.Errors().ShouldContain("needs an API key with role ADMIN");
    }

    [Fact]
    public async Task Viewer_Anonymous_IsAReader()
    {
        // Act
        var viewer = (await Gql.PostAsync(server.Client, "{ viewer { authenticated role name } }")).Data()["viewer"]!;

        // Assert
        viewer["authenticated"]!.GetValue<bool>().ShouldBeFalse();
        viewer["role"]!.GetValue<string>().ShouldBe("READER");
    }
}
