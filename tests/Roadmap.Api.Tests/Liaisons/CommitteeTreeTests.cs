using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Liaisons;

public sealed class CommitteeTreeTests
{
    [Fact]
    public async Task Committee_JointWorkingGroupAndQuestion_ResolveWithTheirParents()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true);
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small(), new GraphBatch
        {
            Committees = [Builders.Committee("ISO/TC 307/JWG 4"), Builders.Committee("ITU-T Q14/17", "ITU-T")],
        });

        // Act
        var data = (await Gql.PostAsync(client, """
            { jwg: committee(key: "ISO/TC 307/JWG 4") { key parent { key children { key } } }
              question: committee(key: "ITU-T SG17 Q14/17") { key parent { key } } }
            """)).Data();

        // Assert
        data["jwg"]!["parent"]!["key"]!.GetValue<string>().ShouldBe("ISO/TC 307");
        data["jwg"]!["parent"]!["children"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ShouldBe(["ISO/TC 307/JWG 4", "ISO/TC 307/WG 2"]);
        (data["question"]!["key"]!.GetValue<string>(), data["question"]!["parent"]!["key"]!.GetValue<string>()).ShouldBe(("ITU-T Q14/17", "ITU-T SG17"));
    }
}
