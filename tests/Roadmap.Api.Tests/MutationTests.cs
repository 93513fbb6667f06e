using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

public sealed class MutationTests
{
    [Fact]
    public async Task TriggerIndexRebuild_Admin_ReturnsAJobAtOnce_ThatReindexesAndIsAudited()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var admin = await Seed.KeyAsync(factory, ApiRole.Admin, "root");

        // Act
        var start = (await Gql.PostAsync(client, "mutation { triggerIndexRebuild { started auditId job { id kind state } } }", key: admin)).Data()["triggerIndexRebuild"]!;
        var job = await Jobs.WaitAsync(client, start["job"]!["id"]!.GetValue<string>(), admin);
        var trail = (await Gql.PostAsync(client, "{ auditTrail(action: \"triggerIndexRebuild\") { id at actor role action target before after note } }", key: admin)).Data()["auditTrail"]!.AsArray();
        var listed = (await Gql.PostAsync(client, "{ jobs { id } }", key: admin)).Data()["jobs"]!.AsArray();

        // Assert
        start["started"]!.GetValue<bool>().ShouldBeTrue();
        start["job"]!["kind"]!.GetValue<string>().ShouldBe("INDEX_REBUILD");
        job["state"]!.GetValue<string>().ShouldBe("SUCCEEDED", job.ToJsonString());
        job["outcome"]!.GetValue<string>().ShouldContain("5 documents indexed");
        job["requestedBy"]!.GetValue<string>().ShouldStartWith("root (k");
        job["finishedAt"].ShouldNotBeNull();
        listed.Select(j => j!["id"]!.GetValue<string>()).ShouldContain(job["id"]!.GetValue<string>());
        var entry = trail.ShouldHaveSingleItem()!;
        entry["id"]!.GetValue<string>().ShouldBe(start["auditId"]!.GetValue<string>());
        entry["actor"]!.GetValue<string>().ShouldStartWith("root (k");
        entry["role"]!.GetValue<string>().ShouldBe("admin");
        entry["target"]!.GetValue<string>().ShouldBe("search-index");
        JsonNode.Parse(entry["before"]!.GetValue<string>())!["documents"]!.GetValue<int>().ShouldBe(5);
        JsonNode.Parse(entry["after"]!.GetValue<string>())!["job"]!.GetValue<string>().ShouldBe(job["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Jobs_Reader_Forbidden()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var reader = await Seed.KeyAsync(factory, ApiRole.Reader, "ann");

        // Act
        var result = await Gql.PostAsync(client, "{ jobs { id } }", key: reader);

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task AuditTrail_Filters_ByActorAndPagesBackwards()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var admin = await Seed.KeyAsync(factory, ApiRole.Admin, "root");
        for (var i = 0; i < 3; i++)
        {
            await Jobs.RunAsync(client, "mutation { triggerIndexRebuild { auditId job { id } } }", admin, "triggerIndexRebuild");
        }

        // Act
        var newest = (await Gql.PostAsync(client, "{ auditTrail(first: 2) { id } }", key: admin)).Data()["auditTrail"]!.AsArray();
        var older = (await Gql.PostAsync(client, "query($b: ID) { auditTrail(first: 2, beforeId: $b) { id } }", new { b = newest[1]!["id"]!.GetValue<string>() }, key: admin)).Data()["auditTrail"]!.AsArray();
        var nobody = (await Gql.PostAsync(client, "{ auditTrail(actor: \"nobody\") { id } }", key: admin)).Data()["auditTrail"]!.AsArray();

        // Assert
        newest.Count.ShouldBe(2);
        older.ShouldHaveSingleItem();
        nobody.ShouldBeEmpty();
    }
}
