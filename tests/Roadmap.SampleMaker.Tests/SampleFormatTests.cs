using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker.Tests;

public sealed class SampleFormatTests
{
    // The ISO Open Data feed's keys, in the feed's order; the demo importer reads the sample as that feed.
    private static readonly string[] FeedKeys =
    [
        "id", "deliverableType", "supplementType", "reference", "title", "publicationDate", "edition", "icsCode",
        "ownerCommittee", "currentStage", "replaces", "replacedBy", "languages", "pages", "scope",
    ];

    private static readonly string[] CatalogueKeys =
    [
        "sdo", "designation", "docid", "edition", "type", "title", "status", "date", "committee", "url", "abstract",
        "relations", "source",
    ];

    public static TheoryData<string> DataFiles => [.. SampleMaker.DataFiles];

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_line_parses_as_an_object_with_lf_endings_and_no_bom(string file)
    {
        var bytes = File.ReadAllBytes(CommittedSample.PathOf(file));
        bytes.Length.ShouldBeGreaterThan(0);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.ShouldNotContain((byte)'\r');
        bytes[^1].ShouldBe((byte)'\n');

        foreach (var line in File.ReadAllLines(CommittedSample.PathOf(file)))
        {
            JsonNode.Parse(line).ShouldBeOfType<JsonObject>();
        }
    }

    [Fact]
    public void Iso_lines_have_the_feed_keys_in_order_and_no_scope()
    {
        foreach (var row in CommittedSample.Lines(SampleMaker.IsoFile))
        {
            row.Select(p => p.Key).ShouldBe(FeedKeys);
            row["scope"].ShouldBeNull($"{row["reference"]} has a scope");
        }
    }

    [Fact]
    public void Catalogue_lines_have_the_neutral_keys_and_no_abstract()
    {
        foreach (var row in CommittedSample.Lines(SampleMaker.CatalogueFile))
        {
            row.Select(p => p.Key).ShouldBe(CatalogueKeys);
            row["abstract"].ShouldBeNull($"{row["docid"]} has an abstract");
            row["relations"].ShouldBeOfType<JsonArray>();
        }
    }

    [Fact]
    public void Provenance_has_exactly_the_selected_ids_and_only_fact_keys()
    {
        var ids = CommittedSample.Lines(SampleMaker.IsoFile).Select(r => (int)r["id"]!).ToList();
        var sidecar = CommittedSample.Lines(SampleMaker.ProvenanceFile);
        sidecar.Select(r => (int)r["id"]!).ShouldBe(ids);
        sidecar.ShouldAllBe(r => r.Select(p => p.Key).SequenceEqual(new[] { "id", "reference", "publishedMonth", "stage" }));
    }

    [Fact]
    public void Kept_relations_point_inside_the_sample()
    {
        var catalogue = CommittedSample.Lines(SampleMaker.CatalogueFile);
        var targets = catalogue.SelectMany(r => new[] { (string)r["docid"]!, (string)r["designation"]! })
            .Concat(CommittedSample.Lines(SampleMaker.IsoFile).SelectMany(r => IsoNames((string)r["reference"]!)))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var relation in catalogue.SelectMany(r => r["relations"]!.AsArray()))
        {
            targets.ShouldContain((string)relation!["docid"]!);
        }
    }

    [Fact]
    public void Committee_parents_are_committees_of_the_sample()
    {
        var committees = CommittedSample.Lines(SampleMaker.CommitteesFile);
        var keys = committees.Select(c => (string)c["key"]!).ToHashSet(StringComparer.Ordinal);
        keys.Count.ShouldBe(committees.Count);
        foreach (var parent in committees.Select(c => c["parent"]).OfType<JsonNode>())
        {
            keys.ShouldContain(parent.GetValue<string>());
        }
    }

    [Fact]
    public void Sample_has_no_descriptive_text_keys_filled()
    {
        var text = string.Concat(SampleMaker.DataFiles.Select(f => File.ReadAllText(CommittedSample.PathOf(f))));
        text.ShouldNotContain("\"scope\":{");
        text.ShouldNotContain("\"abstract\":\"");
    }

    private static IEnumerable<string> IsoNames(string reference)
    {
        yield return reference;
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            yield return reference[..colon];
        }
    }
}
