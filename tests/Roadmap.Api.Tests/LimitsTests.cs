using System.Net;
using System.Text;

namespace Roadmap.Api.Tests;

/// <summary>Hostile documents get a clear error and never run: depth, aliases, page size, body size.</summary>
public sealed class LimitsTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Query_Depth50_IsRejected()
    {
        // Arrange
        var query = new StringBuilder("{ committee(key: \"ISO/TC 307\") { ");
        for (var i = 0; i < 49; i++)
        {
            query.Append("parent { ");
        }

        query.Append("key").Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", 50))).Append('}');

        // Act
        var result = await Gql.PostAsync(server.Client, query.ToString());

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Errors().ShouldContain("depth");
        result.Body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Query_10000Aliases_IsRejected()
    {
        // Arrange
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: stats {{ documents }}")) + " }";

        // Act
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Body["errors"]!.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ShouldContain("TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Documents_First10000_IsRejectedWithPageSizeMessage()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ documents(first: 10000) { totalCount } }");

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Errors().ShouldContain("maximum page size");
    }

    [Fact]
    public async Task Documents_First10000AsVariable_IsRejected()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "query($n: Int) { search(first: $n) { total } }", new { n = 10_000 });

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Errors().ShouldContain("maximum page size");
    }

    [Fact]
    public async Task Post_2MBBody_Is413()
    {
        // Arrange
        var padding = new string(' ', 2 * 1024 * 1024);
        var body = "{\"query\":\"{ stats { documents } }" + padding + "\"}";

        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        // Assert
        result.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        result.FirstErrorCode().ShouldBe("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task Introspection_TheExplorersQuery_StaysWithinLimits()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, IntrospectionQuery);

        // Assert
        result.Data()["__schema"]!["types"]!.AsArray().Count.ShouldBeGreaterThan(20);
    }

    internal const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name }
            types { kind name description
              fields(includeDeprecated: true) { name description args { name description type { ...TypeRef } defaultValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { name description type { ...TypeRef } defaultValue }
              enumValues(includeDeprecated: true) { name description }
            }
          }
        }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;
}
