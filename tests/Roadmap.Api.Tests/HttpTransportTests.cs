using System.Net;
using System.Text;

namespace Roadmap.Api.Tests;

/// <summary>GraphQL over HTTP: methods, media types, variables, operation names and status codes.</summary>
public sealed class HttpTransportTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Get_QueryWithVariablesAndOperationName_Executes()
    {
        // Arrange
        var url = "/graphql?query=" + Uri.EscapeDataString("query A { stats { documents } } query B($k: ID) { document(key: $k) { key } }")
            + "&operationName=B&variables=" + Uri.EscapeDataString("{\"k\":\"ISO 22739\"}");

        // Act: GET needs a key (GetPolicyTests)
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, url), await Seed.KeyAsync(server.Factory, Roadmap.Core.Security.ApiRole.Reader, "get"));

        // Assert
        result.Data()["document"]!["key"]!.GetValue<string>().ShouldBe("ISO 22739");
    }

    [Fact]
    public async Task Get_Mutation_Is405()
    {
        // Act
        using var response = await server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { triggerIndexRebuild { started } }"), TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldContain("POST");
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Post_Accept_ChoosesResponseMediaType(string accept, string expected)
    {
        // Act
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{\"query\":\"{ stats { documents } }\"}") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
    }

    [Fact]
    public async Task Post_AcceptOnlyXml_Is406()
    {
        // Act
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{\"query\":\"{ stats { documents } }\"}") };
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"variables\":{}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("[{\"query\":\"{ stats { documents } }\"}]", HttpStatusCode.BadRequest)]
    public async Task Post_MalformedRequest_Is400(string body, HttpStatusCode expected)
    {
        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) });

        // Assert
        result.Status.ShouldBe(expected);
        result.FirstErrorCode().ShouldBe("BAD_REQUEST");
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ stats { documents } }", Encoding.UTF8, "text/plain") });

        // Assert
        result.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_SyntaxError_Is400ForGraphQLResponseAnd200ForJson()
    {
        // Act
        var modern = await Gql.PostAsync(server.Client, "{ stats { documents }");
        var legacy = await Gql.PostAsync(server.Client, "{ stats { documents }", accept: "application/json");

        // Assert
        modern.Status.ShouldBe(HttpStatusCode.BadRequest);
        legacy.Status.ShouldBe(HttpStatusCode.OK);
        modern.Body["errors"].ShouldNotBeNull();
        modern.Body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Post_UnknownField_IsValidationError400()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ nope }");

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Errors().ShouldContain("nope");
    }

    [Fact]
    public async Task Post_ResolverError_Is200WithDataAndErrors()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ stats { documents } document(key: \"a\", designation: \"b\") { key } }");

        // Assert
        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Body["data"]!["stats"]!["documents"]!.GetValue<int>().ShouldBe(5);
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Put_Is405()
    {
        // Act
        using var response = await server.Client.PutAsync("/graphql", Json("{}"), TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
