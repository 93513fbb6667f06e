using Roadmap.Core.Designations;
using Roadmap.TestKit;

namespace Roadmap.Search.Tests.RealCorpus;

/// <summary>Search over the real shared corpus: designations as people type them, topic queries, facets under filters.</summary>
[Trait("Tier", "Slow")] // real corpus: indexes the whole shared SDO data
public sealed class RealCorpusSearchTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    [Fact]
    public void TruthTableDesignations_TypedAsUsersDo_FindTheirDocumentFirst()
    {
        var index = corpus.RequireIndex();
        var rows = File.ReadLines(SharedData.Require("dlt_standards_truth.csv")).Skip(1)
            .Select(l => l.Split(',')[2])
            .Select(d => (Typed: d, Parsed: DesignationParser.Parse(d).Value))
            .Where(r => r.Parsed is not null && corpus.Documents.ContainsKey(r.Parsed.Key))
            .ToList();
        var failures = new List<string>();
        var tried = 0;

        foreach (var (typed, parsed) in rows)
        {
            foreach (var query in Variants(typed, parsed!))
            {
                tried++;
                var hits = index.Search(new SearchRequest { Text = query, Limit = 1 }).Hits;
                var top = hits.Count > 0 ? hits[0] : null;
                if (top?.Key != parsed!.Key)
                {
                    failures.Add($"'{query}' → {top?.Key ?? "nothing"} (expected {parsed.Key})");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{rows.Count} truth designations in the corpus, {tried} typed forms, {failures.Count} misses:\n" + string.Join('\n', failures));
        rows.Count.ShouldBeGreaterThan(150);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void SmartContractSecurity_RanksSmartContractSecurityDocumentsOnTop()
    {
        var hits = corpus.RequireIndex().Search(new SearchRequest { Text = "smart contract security", Limit = 5 }).Hits;

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', hits.Select(h => $"{h.Key}: {h.Title}")));
        hits.Count.ShouldBe(5);
        hits.ShouldAllBe(h => h.Title.Contains("smart contract", StringComparison.OrdinalIgnoreCase));
        hits.Take(3).ShouldAllBe(h => h.Title.Contains("secur", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("blockchain", null)]
    [InlineData("distributed ledger", "ITU-T")]
    [InlineData("identity", "ISO")]
    public void Facets_SumToTheTotalUnderFilters(string text, string? body)
    {
        var filters = new SearchFilters { Body = body, YearFrom = 2015 };
        var result = corpus.RequireIndex().Search(new SearchRequest { Text = text, Filters = filters, IncludeFacets = true, Limit = 1 });

        result.Total.ShouldBeGreaterThan(0);
        // Dimensions with no active filter count exactly the filtered hits.
        result.Facets![FacetDimension.Stage].Sum(v => v.Count).ShouldBe(result.Total);
        // A filtered dimension counts drill-sideways: the hits without its own filter, so the chosen value equals the total.
        var bodies = result.Facets[FacetDimension.Body];
        if (body is not null)
        {
            bodies.Single(v => v.Value == body).Count.ShouldBe(result.Total);
        }
        else
        {
            bodies.Sum(v => v.Count).ShouldBe(result.Total);
        }
    }

    private static HashSet<string> Variants(string typed, Designation parsed)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal)
        {
            typed,
            parsed.Key,
            parsed.Key.ToLowerInvariant(),
            "  " + parsed.Key.Replace(" ", "  ", StringComparison.Ordinal) + " ",
        };
        // Without the body prefix, as people type a well-known number ("X.1401", "GS PDL 012"). Not for IEEE:
        // a bare "3201" is ISO 3201 as much as IEEE 3201.
        var prefix = parsed.Body + " ";
        if (parsed.Key.StartsWith(prefix, StringComparison.Ordinal) && parsed.Body is "ITU-T" or "ETSI")
        {
            forms.Add(parsed.Key[prefix.Length..]);
        }

        return forms;
    }
}
