using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// Hostile requests against the GraphQL endpoint: injection-looking and oversized values in every argument the schema
/// has (found by introspection, so new filters are covered without editing this class), depth and alias bombs, page
/// sizes, bodies too large or not UTF-8, wrong content types, an introspection flood. Every answer is a clear error or a
/// normal result, never a stack trace or exception text, and the store is byte for byte what it was.
/// </summary>
[Trait("Tier", "Slow")] // over 5 s: injection and bomb values for every query argument, a 64-request flood (~15 s)
public sealed class GraphQLAbuseTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryQueryArgument_InjectionAndBombValues_ClearErrorOrResult_StoreUntouched()
    {
        // Arrange
        var key = await Seed.KeyAsync(server.Factory, ApiRole.Editor, "abuse"); // an editor sees every query, the audit trail included
        var before = await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct);
        var targets = ArgumentTargets.From((await Gql.PostAsync(server.Client, ArgumentTargets.IntrospectionQuery, key: key)).Data()["__schema"]!);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var requests = 0;
        var dirty = new List<string>();

        // Act
        foreach (var target in targets)
        {
            foreach (var value in AbusivePayloads.For(target.NamedType))
            {
                var result = await Gql.PostAsync(server.Client, target.Query, new Dictionary<string, JsonNode?> { ["v"] = value }, key);
                string outcome;
                try
                {
                    outcome = result.ShouldBeClean($"{target} = {Show(value)}");
                }
                catch (ShouldAssertException ex)
                {
                    outcome = "NOT CLEAN";
                    dirty.Add(ex.Message);
                }

                outcomes[$"{target.Field}: {outcome}"] = outcomes.GetValueOrDefault($"{target.Field}: {outcome}") + 1;
                requests++;
            }
        }

        // Assert
        TestContext.Current.TestOutputHelper?.WriteLine($"{requests} requests over {targets.Count} arguments: " + string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
        dirty.ShouldBeEmpty(string.Join("\n\n", dirty.Take(10)));
        targets.Select(t => t.ToString()).ShouldContain("documents(filter.body)");
        targets.Select(t => t.ToString()).ShouldContain("search(text)");
        targets.Count(t => t.InputField is not null).ShouldBeGreaterThan(5, "the filters' input fields are enumerated");
        (await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct)).ShouldBe(before, "no request changed the store");
    }

    [Theory]
    [InlineData("{ __type(name: \"Document\") { OF } }")]
    [InlineData("query Q { ...F } fragment F on Query { committee(key: \"ISO/TC 307\") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { key } } } } } } } } } } } } } } } } } }")]
    [InlineData("query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }")]
    [InlineData("{ a0: __typename RANGE }")]
    [InlineData("{ SEARCHES }")]
    public async Task DepthAndAliasBombs_AreRefusedCleanly(string template)
    {
        // Arrange
        var before = await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct);
        var query = template
            .Replace("OF", string.Concat(Enumerable.Repeat("ofType { ", 200)) + "name" + string.Concat(Enumerable.Repeat(" }", 200)), StringComparison.Ordinal)
            .Replace("RANGE", string.Join(' ', Enumerable.Range(1, 20_000).Select(i => $"a{i}: __typename")), StringComparison.Ordinal)
            .Replace("SEARCHES", string.Join(' ', Enumerable.Range(1, 200).Select(i => $"s{i}: search(text: \"ledger\") {{ total }}")), StringComparison.Ordinal);

        // Act
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.ShouldBeClean(template).ShouldNotBe("ok");
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct)).ShouldBe(before);
    }

    [Theory]
    [InlineData("{ documents(first: -1) { totalCount } }")]
    [InlineData("{ documents(first: 0) { totalCount } }")]
    [InlineData("{ documents(first: 2147483647) { totalCount } }")]
    [InlineData("{ documents(first: 2147483648) { totalCount } }")]
    [InlineData("{ documents(first: 1, after: \"' OR 1=1 --\") { totalCount } }")]
    [InlineData("{ search(text: \"ledger\", offset: -5) { total } }")]
    [InlineData("{ search(text: \"ledger\", offset: 2147483647) { total } }")]
    [InlineData("{ search(text: \"ledger\", first: 99999999999) { total } }")]
    [InlineData("{ suggest(prefix: \"led\", first: -100) { key } }")]
    [InlineData("{ changes(first: 1000000) { documentKey } }")]
    public async Task PageSizesAndOffsetsOutOfRange_ClearErrorOrEmpty(string query)
    {
        // Act
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.ShouldBeClean(query);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_WithoutContentLength_Is413()
    {
        // Arrange: the size is only known by reading, as with a chunked upload
        var body = "{\"query\":\"{ stats { documents } }\",\"variables\":{\"pad\":\"" + new string('x', 3 * 1024 * 1024) + "\"}}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        // Assert
        result.ShouldBeClean("3 MB chunked body");
        result.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task IntrospectionFlood_64Concurrent_AllAnsweredAndTheServiceStillServes()
    {
        // Act
        var flood = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Gql.PostAsync(server.Client, LimitsTests.IntrospectionQuery)));
        var after = await Gql.PostAsync(server.Client, "{ stats { documents } }");

        // Assert
        foreach (var result in flood)
        {
            result.ShouldBeClean("introspection").ShouldBe("ok");
        }

        after.Data()["stats"]!["documents"]!.GetValue<int>().ShouldBe(5);
    }

    public static TheoryData<string, byte[]> BadBodies() => new()
    {
        { "invalid UTF-8 in a string", [.. "{\"query\":\"{ search(text: \\\""u8, 0xC3, 0x28, 0xFF, .. "\\\") { total } }\"}"u8] },
        { "invalid UTF-8 in the query", [.. "{\"query\":\"{ st"u8, 0xC0, 0xAF, .. "ats { documents } }\"}"u8] },
        { "a lone continuation byte", [0x80, .. "{\"query\":\"{ stats { documents } }\"}"u8] },
        { "UTF-16 sent as application/json", Encoding.Unicode.GetBytes("{\"query\":\"{ stats { documents } }\"}") },
        { "NUL bytes", [.. "{\"query\":\"{ stats { documents } }\0\0\"}"u8] },
        { "not JSON", "{"u8.ToArray() },
        { "a JSON array of nothing", "[]"u8.ToArray() },
        { "null", "null"u8.ToArray() },
        { "a number as the query", "{\"query\":5}"u8.ToArray() },
        { "a string as the variables", "{\"query\":\"{ stats { documents } }\",\"variables\":\"x\"}"u8.ToArray() },
        { "JSON nested 10 000 deep", Encoding.UTF8.GetBytes("{\"query\":\"{ stats { documents } }\",\"variables\":" + new string('[', 10_000) + new string(']', 10_000) + "}") },
        { "an empty body", [] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task MalformedBodies_ClearError_StoreUntouched(string name, byte[] body)
    {
        // Arrange
        var before = await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        // Assert
        result.ShouldBeClean(name);
        (await StoreFingerprint.ReadAsync(server.Factory.DataPath, Ct)).ShouldBe(before);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task WrongContentTypes_ClearError(string? contentType)
    {
        // Arrange
        var content = new ByteArrayContent("{\"query\":\"{ stats { documents } }\"}"u8.ToArray());
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        // Act
        var result = await Gql.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        // Assert
        result.ShouldBeClean(contentType ?? "no content type").ShouldNotBe("ok");
        ((int)result.Status).ShouldBeInRange(400, 499);
    }

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
