using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Ingest.Catalogue;
using Roadmap.TestKit;

namespace Roadmap.Ingest.Tests.RealData;

[Trait("Tier", "Slow")] // real corpus: maps the whole ITU-T catalogue (16,172 records, ~5 s)
public sealed class ItuAttributionRealCorpusTests
{
    [Fact]
    public async Task Map_WholeItuCatalogue_DltSecurityToQ14AndAtMostOnePercentInForceWithoutCommittee()
    {
        // Arrange
        var file = SharedData.Require("catalogue/itu-t.jsonl.gz");
        var mapper = new CatalogueMapper();
        var context = new ImportContext(file, TimeProvider.System.GetUtcNow());
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);

        // Act
        await using (var input = File.OpenRead(file))
        {
            await foreach (var line in LineSource.ReadAsync(input, TestContext.Current.CancellationToken))
            {
                if (mapper.Map(line.Text, context).Document is { } document)
                {
                    documents[document.Key] = documents.TryGetValue(document.Key, out var seen) ? DocumentEditions.Merge(seen, document) : document;
                }
            }
        }

        // Assert
        for (var n = 1400; n <= 1418; n++)
        {
            var key = $"ITU-T X.{n}";
            documents[key].CommitteeKey.ShouldBe("ITU-T Q14/17", key);
            documents[key].CommitteeInferredBy.ShouldBe("itu-t-attribution:x-dlt-security", key);
        }

        var inForce = documents.Values.Where(d => d.Lifecycle.Stage is LifecycleStage.Published or LifecycleStage.UnderReview).ToList();
        var without = inForce.Count(d => d.CommitteeKey is null);
        inForce.Count.ShouldBeGreaterThan(5000);
        ((double)without / inForce.Count).ShouldBeLessThanOrEqualTo(0.01, $"{without} of {inForce.Count} ITU-T documents in force have no committee");
    }
}
