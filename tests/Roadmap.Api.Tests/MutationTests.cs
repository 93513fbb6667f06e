using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

public sealed class MutationTests
{
    [Fact]
    public async Task TriggerIndexRebuild_Admin_ReindexesAndIsAudited()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var admin = await Seed.KeyAsync(factory, ApiRole.Admin, "root");

        // Act
        var rebuild = (await Gql.PostAsync(client, "mutation { triggerIndexRebuild { mode indexed deleted elapsedMs documents auditId } }", key: admin)).Data()["triggerIndexRebuild"]!;
        var trail = (await Gql.PostAsync(client, "{ auditTrail(action: \"triggerIndexRebuild\") { id at actor role action target before after note } }", key: admin)).Data()["auditTrail"]!.AsArray();

        // Assert
        rebuild["mode"]!.GetValue<string>().ShouldBe("full");
        rebuild["indexed"]!.GetValue<int>().ShouldBe(5);
        rebuild["documents"]!.GetValue<int>().ShouldBe(5);
        var entry = trail.ShouldHaveSingleItem()!;
        entry["id"]!.GetValue<string>().ShouldBe(rebuild["auditId"]!.GetValue<string>());
        entry["actor"]!.GetValue<string>().ShouldStartWith("root (k");
        entry["role"]!.GetValue<string>().ShouldBe("admin");
        entry["target"]!.GetValue<string>().ShouldBe("search-index");
        JsonNode.Parse(entry["before"]!.GetValue<string>())!["documents"]!.GetValue<int>().ShouldBe(5);
        JsonNode.Parse(entry["after"]!.GetValue<string>())!["indexed"]!.GetValue<int>().ShouldBe(5);
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
            (await Gql.PostAsync(client, "mutation { triggerIndexRebuild { auditId } }", key: admin)).Data();
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
