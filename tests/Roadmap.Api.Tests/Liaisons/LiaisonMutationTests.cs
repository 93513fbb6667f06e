using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Liaisons;

public sealed class LiaisonMutationTests
{
    [Fact]
    public async Task AddAndRemoveLiaison_Editor_RegistryChangesAndBothAreAudited()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var editor = await Seed.KeyAsync(factory, ApiRole.Editor, "eve");

        // Act
        var added = (await Gql.PostAsync(client, """mutation { addLiaison(first: "ITU-T SG17", second: "ISO/TC 307", category: "A", since: "2017") { id firstCommittee category since } }""", key: editor)).Data()["addLiaison"]!;
        var registry = (await Gql.PostAsync(client, """{ liaisonRegistry(committee: "ISO/TC 307") { id } }""", key: editor)).Data()["liaisonRegistry"]!.AsArray();
        var removed = (await Gql.PostAsync(client, """mutation { removeLiaison(first: "ISO/TC 307", second: "ITU-T SG17") }""", key: editor)).Data()["removeLiaison"]!;
        var removedAgain = (await Gql.PostAsync(client, """mutation { removeLiaison(first: "ISO/TC 307", second: "ITU-T SG17") }""", key: editor)).Data()["removeLiaison"]!;
        var admin = await Seed.KeyAsync(factory, ApiRole.Admin, "root");
        var trail = (await Gql.PostAsync(client, "{ auditTrail { action target before after } }", key: admin)).Data()["auditTrail"]!.AsArray();

        // Assert
        added["id"]!.GetValue<string>().ShouldBe("ISO/TC 307 ↔ ITU-T SG17");
        (added["firstCommittee"]!.GetValue<string>(), added["category"]!.GetValue<string>(), added["since"]!.GetValue<string>()).ShouldBe(("ISO/TC 307", "A", "2017"));
        registry.ShouldHaveSingleItem();
        removed.GetValue<bool>().ShouldBeTrue();
        removedAgain.GetValue<bool>().ShouldBeFalse();
        trail.Select(e => e!["action"]!.GetValue<string>()).ShouldBe(["removeLiaison", "addLiaison"]);
        JsonNode.Parse(trail[1]!["after"]!.GetValue<string>())!["category"]!.GetValue<string>().ShouldBe("A");
        JsonNode.Parse(trail[0]!["before"]!.GetValue<string>())!["since"]!.GetValue<string>().ShouldBe("2017");
    }

    [Fact]
    public async Task AddLiaison_UnknownCommittee_NotFoundAndNothingStored()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        var editor = await Seed.KeyAsync(factory, ApiRole.Editor, "eve");

        // Act
        var result = await Gql.PostAsync(client, """mutation { addLiaison(first: "ISO/TC 307", second: "ITU-T SG99") { id } }""", key: editor);
        var registry = (await Gql.PostAsync(client, "{ liaisonRegistry { id } }", key: editor)).Data()["liaisonRegistry"]!.AsArray();

        // Assert
        result.FirstErrorCode().ShouldBe("NOT_FOUND");
        registry.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddLiaison_Reader_Forbidden()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var reader = await Seed.KeyAsync(factory, ApiRole.Reader, "ann");

        // Act
        var result = await Gql.PostAsync(client, """mutation { addLiaison(first: "ISO/TC 307", second: "ITU-T SG17") { id } }""", key: reader);

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
    }
}
