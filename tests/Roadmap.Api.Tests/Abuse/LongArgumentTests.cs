namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// Over-long string arguments: a 50,000-character committee filter reached SQLite as a LIKE pattern and came back as an
/// internal "SQLite Error" message. Now any string over Roadmap:Api:MaxStringLength is refused before anything runs.
/// </summary>
public sealed class LongArgumentTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly string Long = new('x', 50_000);

    [Fact]
    public async Task Documents_50000CharacterCommitteeFilterAsAVariable_IsBadUserInput()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "query($c: String) { documents(filter: { committee: $c }) { totalCount } }", new { c = Long });

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        result.Errors().ShouldContain("50,000 characters");
        result.Errors().ShouldNotContain("SQLite", Case.Insensitive);
        result.Body["data"].ShouldBeNull();
    }

    [Theory]
    [InlineData("{{ documents(filter: {{ committee: \"{0}\" }}) {{ totalCount }} }}")]
    [InlineData("{{ search(text: \"{0}\") {{ total }} }}")]
    [InlineData("{{ document(key: \"{0}\") {{ key }} }}")]
    public async Task AnyField_50000CharacterLiteral_IsBadUserInputWithOneShortError(string template)
    {
        // Act
        var result = await Gql.PostAsync(server.Client, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Long));

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        result.Body["errors"]!.AsArray().Count.ShouldBe(1);
        result.Errors().Length.ShouldBeLessThan(1024);
    }

    [Fact]
    public async Task Documents_NestedLongStringInAListVariable_IsBadUserInput()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "query($f: DocumentFilter) { documents(filter: $f) { totalCount } }", new { f = new { body = "ISO", committee = Long } });

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Documents_CommitteeFilterWithinTheLimit_Runs()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "query($c: String) { documents(filter: { committee: $c }) { totalCount } }", new { c = new string('x', 9_000) });

        // Assert
        result.Data()["documents"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
    }
}
