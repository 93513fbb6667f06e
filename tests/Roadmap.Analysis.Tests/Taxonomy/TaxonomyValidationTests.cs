using Roadmap.Analysis.Taxonomy;
using Roadmap.Search;

namespace Roadmap.Analysis.Tests.Taxonomy;

public sealed class TaxonomyValidationTests : IDisposable
{
    private readonly DocumentIndex _matcher = DocumentIndex.CreateInMemory();

    public void Dispose() => _matcher.Dispose();

    [Fact]
    public void LoadDefault_BundledTaxonomy_IsValidAndCoversTheField()
    {
        // Act
        var taxonomy = TaxonomyLoader.LoadDefault(_matcher);

        // Assert
        taxonomy.Nodes.Count.ShouldBeGreaterThan(30);
        foreach (var id in new[] { "security.threats", "security.crosschain", "smart-contracts.concepts", "privacy.pii", "identity.management", "identity.did", "digital-assets.custody", "environment.energy", "governance.regulation", "platforms.assessment" })
        {
            taxonomy.IsLeaf(taxonomy.Get(id)).ShouldBeTrue(id);
        }

        taxonomy.OwnersOf("security.threats").Select(o => o.Committee).ShouldContain("ITU-T SG17 Q14/17");
        taxonomy.OwnersOf("smart-contracts.lifecycle")[0].Committee.ShouldBe("ISO/TC 307/WG 3");
    }

    [Fact]
    public void Parse_DuplicateId_NamesTheTopic()
    {
        var error = Invalid(Topic("dlt") + Topic("dlt.a", "dlt") + Topic("dlt.a", "dlt"));

        error.ShouldContain("topic 'dlt.a': duplicate id");
    }

    [Fact]
    public void Parse_MissingParent_NamesTopicAndParent()
    {
        var error = Invalid(Topic("dlt") + Topic("dlt.a", "nowhere"));

        error.ShouldContain("topic 'dlt.a': parent 'nowhere' does not exist");
    }

    [Fact]
    public void Parse_Cycle_NamesThePath()
    {
        var error = Invalid(Topic("dlt") + Topic("a", "b") + Topic("b", "a"));

        error.ShouldContain("parents form a cycle: a → b → a");
    }

    [Fact]
    public void Parse_QueryThatDoesNotParse_NamesTopicAndRule()
    {
        var error = Invalid(Topic("dlt") + Topic("dlt.a", "dlt", "    rules:\n      - query: 'title:(smart AND'\n"));

        error.ShouldContain("topic 'dlt.a': rule 1 query does not parse");
    }

    [Fact]
    public void Parse_BadPatternAndWeight_ReportsEveryProblemAtOnce()
    {
        var error = Invalid(Topic("dlt") + Topic("dlt.a", "dlt", "    weight: 3\n    designations: ['^ITU-T X\\.(1401$']\n"));

        error.ShouldContain("topic 'dlt.a': weight must be in [0, 1]");
        error.ShouldContain("topic 'dlt.a': designation pattern");
    }

    [Fact]
    public void Parse_NotYaml_SaysWhere()
    {
        var error = Should.Throw<InvalidDataException>(() => TaxonomyLoader.Parse("version: 1\ntopics: [\n  - id: x", "test.yaml", _matcher)).Message;

        error.ShouldContain("test.yaml is not valid YAML at line");
    }

    [Fact]
    public void Parse_UnknownKey_IsAnError()
    {
        var error = Invalid(Topic("dlt") + "    colour: red\n");

        error.ShouldContain("test.yaml");
    }

    private string Invalid(string topics) =>
        Should.Throw<InvalidDataException>(() => TaxonomyLoader.Parse("version: 1\ntopics:\n" + topics, "test.yaml", _matcher)).Message;

    private static string Topic(string id, string? parent = null, string extra = "") =>
        $"  - id: {id}\n    name: Topic {id}\n" + (parent is null ? string.Empty : $"    parent: {parent}\n") + extra;
}
