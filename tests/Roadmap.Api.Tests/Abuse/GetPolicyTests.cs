using System.Net;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// GraphQL over GET, which any page can make a visitor's browser send (<c>&lt;img src=…/graphql?query=…&gt;</c>): with
/// anonymous reading on it once ran any query for anyone. Now it needs a key, and stays within a smaller budget.
/// </summary>
public sealed class GetPolicyTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Get_AnonymousWithAnonymousReadOn_Is405AndRunsNothing()
    {
        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { documents } }")));

        // Assert
        result.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        result.Errors().ShouldContain("need an API key");
        result.Body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Get_WithAKey_RunsSimpleQueriesAndRefusesBigOnes()
    {
        // Arrange
        var key = await Seed.KeyAsync(server.Factory, ApiRole.Reader, "get-reader");
        var big = "{ " + string.Join(' ', Enumerable.Range(0, 45).Select(i => $"s{i}: stats {{ documents editions committees relations }}")) + " }";

        // Act
        var simple = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { documents } }")), key);
        var refused = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(big)), key);
        var sameOverPost = await Gql.PostAsync(server.Client, big, key: key);

        // Assert
        simple.Data()["stats"]!["documents"]!.GetValue<int>().ShouldBe(5);
        refused.FirstErrorCode().ShouldBe("DOCUMENT_TOO_COMPLEX", "45 aliases of 5 fields: 225 selections, over the GET budget of 200");
        sameOverPost.Body["errors"].ShouldBeNull("the POST budget is larger");
    }
}
