using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Schema;

namespace Roadmap.Graph.Neo4j.Tests.Lint;

/// <summary>Every statement the backend can send is valid Cypher 5, and stays within what Neo4j 3.1 also runs.</summary>
public sealed class CypherLintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<(string Name, string Statement)> Everything() =>
        CypherStatements.All()
            .Concat(SchemaFiles.Statements("5.x.cypher").Select((s, i) => ($"schema/neo4j/5.x.cypher#{i + 1}", s)));

    [Fact]
    public async Task AllStatements_AreValidCypher5()
    {
        var (exitCode, output) = await CypherLinter.LintAsync(Everything(), Ct);

        exitCode.ShouldBe(0, output);
        output.ShouldContain(" 0 syntax errors");
    }

    [Fact]
    public async Task Linter_RejectsThe3xSchemaSyntax_SoItReallyChecks()
    {
        var legacy = SchemaFiles.Statements("3.x.cypher").Select((s, i) => ($"schema/neo4j/3.x.cypher#{i + 1}", s));

        var (exitCode, output) = await CypherLinter.LintAsync(legacy, Ct);

        exitCode.ShouldBe(1);
        output.ShouldContain("ON and ASSERT should not be used");
    }

    [Fact]
    public void All_HasEveryVariant()
    {
        var names = CypherStatements.All().Select(s => s.Name).ToList();

        names.ShouldContain(nameof(CypherStatements.MergeDocuments));
        names.Count(n => n.StartsWith(nameof(CypherStatements.MergeRelations) + "[", StringComparison.Ordinal)).ShouldBe(Enum.GetValues<Core.Documents.RelationType>().Length);
        // Per sampled filter set (none, each of 7 alone, keys+committee+body, all): a count, and a first page and a page
        // after a cursor per sort and direction — twice for a body alone, which is sought or read in a window.
        names.Count(n => n.StartsWith(nameof(CypherStatements.ListingSamples) + "[", StringComparison.Ordinal)).ShouldBe((10 * (1 + 12)) + 12);
        names.ShouldBeUnique();
    }

    [Theory]
    [InlineData("datetime(")]
    [InlineData("CALL {")]
    [InlineData("EXISTS {")]
    [InlineData("COUNT {")]
    [InlineData("elementId(")]
    [InlineData("exists(")]
    [InlineData("{rows}")]
    public void DataStatements_UseOnlyCypherThat31And5Share(string construct)
    {
        var offending = CypherStatements.All().Where(s => s.Text.Contains(construct, StringComparison.OrdinalIgnoreCase)).Select(s => s.Name);

        offending.ShouldBeEmpty($"'{construct}' does not run on both Neo4j 3.1 and 5");
    }

    [Fact]
    public void SchemaFiles_DeclareTheSameRules()
    {
        var modern = SchemaFiles.Statements("5.x.cypher");
        var legacy = SchemaFiles.Statements("3.x.cypher");

        modern.Count.ShouldBe(legacy.Count);
        modern.ShouldAllBe(s => s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
        legacy.ShouldAllBe(s => !s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }
}
