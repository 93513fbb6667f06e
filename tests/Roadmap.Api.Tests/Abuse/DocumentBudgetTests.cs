using System.Net;
using System.Text;
using GraphQLParser;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// Documents whose cost hides in their shape: fragment bombs, thousands of same-named fields, directives or arguments,
/// thousands of errors. Each is refused (or its errors capped) before graphql-dotnet's quadratic and exponential
/// validation sees it. The timeouts are a ceiling for the old behaviour (minutes), not a measurement.
/// </summary>
public sealed class DocumentBudgetTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact(Timeout = 30_000)]
    public async Task Post_FragmentBombOf30Doublings_IsRefusedBeforeAnyAnalysis()
    {
        // Arrange: F30 spreads F29 twice, … : 2^30 selections of stats once expanded
        var query = FragmentBomb(doublings: 30, fanOut: 2);

        // Act (Gql sends with the test's token, which the timeout cancels)
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.FirstErrorCode().ShouldBe("DOCUMENT_TOO_COMPLEX");
        result.Errors().ShouldContain("Fragment spreads nest more than 10 deep");
        result.Body["data"].ShouldBeNull();
    }

    [Fact(Timeout = 30_000)]
    public async Task Post_FragmentBombWithinTheNestingLimit_IsRefusedByItsSpreadSize()
    {
        // Arrange: 9 levels of ten spreads each, 10^9 selections; nesting alone would let it through
        var query = FragmentBomb(doublings: 8, fanOut: 10);

        // Act (Gql sends with the test's token, which the timeout cancels)
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.FirstErrorCode().ShouldBe("DOCUMENT_TOO_COMPLEX");
        result.Errors().ShouldContain("selects more than 1000 fields once its fragments are spread");
    }

    [Fact]
    public async Task Post_NestedFragmentsWithinTheBudgets_Runs()
    {
        // Arrange
        var query = FragmentBomb(doublings: 5, fanOut: 2);

        // Act
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Data()["stats"]!["documents"]!.GetValue<int>().ShouldBe(5);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("{ QQQ }", "stats { documents } ", "selects more than 1000 fields")]
    [InlineData("{ QQQ }", "__typename ", "selects more than 1000 fields")]
    [InlineData("{ stats QQQ { documents } }", "@skip(if: false) ", "more than 64 directives, arguments")]
    [InlineData("{ documents(QQQ) { totalCount } }", "first: 1 ", "more than 64 directives, arguments")]
    [InlineData("{ documents(filter: { QQQ }) { totalCount } }", "body: \"ISO\" ", "more than 64 directives, arguments")]
    public async Task Post_20000OfTheSameThing_OneShortError(string template, string repeated, string expected)
    {
        // Arrange
        var query = template.Replace("QQQ", string.Concat(Enumerable.Repeat(repeated, 20_000)), StringComparison.Ordinal);

        // Act (Gql sends with the test's token, which the timeout cancels)
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Body["errors"]!.AsArray().ShouldHaveSingleItem()!["message"]!.GetValue<string>().ShouldContain(expected);
        result.Body.ToJsonString().Length.ShouldBeLessThan(1000);
    }

    [Fact]
    public async Task Post_900UnknownFields_ReturnsAHundredErrorsAndOneSayingHowManyWereLeftOut()
    {
        // Arrange
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 900).Select(i => $"x{i}")) + " }";

        // Act
        var result = await Gql.PostAsync(server.Client, query);

        // Assert
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = result.Body["errors"]!.AsArray();
        errors.Count.ShouldBe(101);
        errors[0]!["message"]!.GetValue<string>().ShouldBe("Cannot query field 'x0' on type 'Query'.");
        errors[100]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("TOO_MANY_ERRORS");
        errors[100]!["message"]!.GetValue<string>().ShouldBe("800 more error(s) left out; a response carries at most 100 (Roadmap:Api:MaxErrors).");
    }

    [Fact]
    public void Check_CancelledRequest_StopsMeasuring()
    {
        // Arrange
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Repeat("stats { documents } ", 5_000)) + " }");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Act / Assert
        Should.Throw<OperationCanceledException>(() => DocumentBudget.Check(document, new ApiOptions(), cancelled.Token));
    }

    [Fact]
    public void Check_FragmentCycle_LeavesItToValidationWithoutRecursingForEver()
    {
        // Arrange
        var document = Parser.Parse("query { ...A } fragment A on Query { stats { documents } ...B } fragment B on Query { ...A }");

        // Act
        var errors = DocumentBudget.Check(document, new ApiOptions(), CancellationToken.None);

        // Assert
        errors.ShouldBeEmpty();
    }

    private static string FragmentBomb(int doublings, int fanOut)
    {
        var query = new StringBuilder("fragment F0 on Query { stats { documents } } ");
        for (var i = 1; i <= doublings; i++)
        {
            query.Append($"fragment F{i} on Query {{ ").AppendJoin(' ', Enumerable.Repeat($"...F{i - 1}", fanOut)).Append(" } ");
        }

        return query.Append($"query {{ ...F{doublings} }}").ToString();
    }
}
