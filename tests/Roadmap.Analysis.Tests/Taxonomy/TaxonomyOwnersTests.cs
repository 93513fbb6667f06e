using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Committees;
using Roadmap.Ingest;
using Roadmap.Ingest.Committees;
using Roadmap.Search;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Taxonomy;

public sealed class TaxonomyOwnersTests : IDisposable
{
    private readonly DocumentIndex _matcher = DocumentIndex.CreateInMemory();

    public void Dispose() => _matcher.Dispose();

    [Fact]
    public void Unresolved_BundledTaxonomyAgainstTheDemoCommittees_EveryOwnerResolves()
    {
        // Arrange: the committees the demo imports (the sample maker's file and the hand-kept facts).
        var committees = new List<Committee>();
        var mapper = new CommitteeMapper();
        var context = new ImportContext("samples", DateTimeOffset.UnixEpoch);
        foreach (var file in new[] { "committees.jsonl", "committee-facts.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(SharedData.RepoRoot, "samples", file)))
            {
                committees.AddRange(mapper.Map(line, context).Committees);
            }
        }

        // Act
        var problems = TaxonomyOwners.Unresolved(TaxonomyLoader.LoadDefault(_matcher), committees);

        // Assert
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Unresolved_OwnerWithoutCommitteeNode_NamesTopicAndOwner()
    {
        // Arrange: Q14/17 is known; ISO/TC 307/JWG 4 is not.
        Committee[] committees = [Builders.Committee("ITU-T Q14/17", "ITU-T"), Builders.Committee("ISO/TC 307")];
        var taxonomy = TaxonomyLoader.Parse("""
            version: 1
            topics:
              - id: dlt
                name: DLT
                weight: 1
                owners:
                  - committee: ITU-T SG17 Q14/17
                    mandate: DLT security
                  - committee: ISO/TC 307/JWG 4
                    mandate: Security, privacy and identity
            """, "test", _matcher);

        // Act
        var problems = TaxonomyOwners.Unresolved(taxonomy, committees);

        // Assert
        problems.ShouldHaveSingleItem().ShouldStartWith("topic 'dlt': owner 'ISO/TC 307/JWG 4' is no committee in the store");
    }
}
