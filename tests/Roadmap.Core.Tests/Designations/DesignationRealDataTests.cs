using System.Text.RegularExpressions;
using Roadmap.Core.Designations;

namespace Roadmap.Core.Tests.Designations;

/// <summary>The parser against every designation in the shared SDO data: coverage, round trips and no false merges.</summary>
[Trait("Tier", "Slow")] // big corpus: every designation of the shared catalogue and ISO feed
public sealed partial class DesignationRealDataTests
{
    [Fact]
    public void Parse_DltTruthTable_EveryDesignationParsesWithItsBody()
    {
        var rows = RealDesignations.TruthTable();

        rows.Count.ShouldBeGreaterThan(200);
        foreach (var (sdo, designation) in rows)
        {
            var result = DesignationParser.Parse(designation);
            result.Success.ShouldBeTrue($"{designation}: {result.Error}");
            result.Value!.Body.ShouldBe(sdo == "ISO/IEC" ? "ISO" : sdo, designation);
        }
    }

    [Fact]
    public void Parse_IsoReferences_CoverAtLeast999PerMille()
    {
        var coverage = new DesignationCoverage(RealDesignations.IsoDeliverables().Select(d => d.Reference));
        coverage.Report("ISO reference");

        coverage.Count.ShouldBeGreaterThan(54_000);
        coverage.Coverage.ShouldBeGreaterThanOrEqualTo(0.999);
        coverage.Failures.ShouldAllBe(f => f.Error.Length > 20);
    }

    [Fact]
    public void Parse_IsoReplacesAndReplacedBy_Parse()
    {
        var coverage = new DesignationCoverage(RealDesignations.IsoDeliverables().SelectMany(d => d.Related));
        coverage.Report("ISO replaces/replacedBy");

        coverage.Coverage.ShouldBeGreaterThanOrEqualTo(0.999);
    }

    [Fact]
    public void Parse_IsoReferences_DisplayRoundTripsToSameKey()
    {
        var coverage = new DesignationCoverage(RealDesignations.IsoDeliverables().Select(d => d.Reference));

        coverage.RoundTripBreaks().ShouldBeEmpty();
    }

    [Fact]
    public void Parse_IsoReferences_DifferentDocumentsNeverShareAKey()
    {
        var coverage = new DesignationCoverage(RealDesignations.IsoDeliverables().Select(d => d.Reference));

        var merged = FalseMerges(coverage, IsoSkeleton);

        merged.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("itu-t", 1.0)]
    [InlineData("etsi", 1.0)]
    [InlineData("ieee", 0.995)]
    [InlineData("w3c", 0.995)]
    public void Parse_CatalogueDesignationsAndDocids_MeetCoverage(string body, double threshold)
    {
        var records = RealDesignations.Catalogue(body);
        var coverage = new DesignationCoverage(records.SelectMany(r => new[] { r.Designation, r.Docid }));
        coverage.Report($"{body} designation+docid");

        coverage.Coverage.ShouldBeGreaterThanOrEqualTo(threshold);
    }

    [Theory]
    [InlineData("itu-t")]
    [InlineData("etsi")]
    [InlineData("ieee")]
    [InlineData("w3c")]
    public void Parse_CatalogueRelationTargets_MostlyParse(string body)
    {
        var records = RealDesignations.Catalogue(body);
        var coverage = new DesignationCoverage(records.SelectMany(r => r.Relations));
        coverage.Report($"{body} relation targets");

        coverage.Coverage.ShouldBeGreaterThanOrEqualTo(0.99);
    }

    [Theory]
    [InlineData("itu-t")]
    [InlineData("etsi")]
    [InlineData("ieee")]
    [InlineData("w3c")]
    public void Parse_CatalogueDocids_DisplayRoundTripsToSameKey(string body)
    {
        var records = RealDesignations.Catalogue(body);
        var coverage = new DesignationCoverage(records.SelectMany(r => new[] { r.Designation, r.Docid }));

        coverage.RoundTripBreaks().ShouldBeEmpty();
    }

    // W3C is left out: its designation is the editionOf target, which follows renamed shortnames (xquery → xquery-10)
    // that no parser can see in the string. IEEE's designation is "text before /D", which drops a corrigendum of a
    // draft ("P1015/D-1/Cor1-2007" → "P1015"); those few are printed, not failed.
    [Theory]
    [InlineData("itu-t", 0)]
    [InlineData("etsi", 0)]
    [InlineData("ieee", 0.01)]
    public void Parse_CatalogueDocids_EditionsOfOneDesignationShareTheKey(string body, double tolerance)
    {
        var records = RealDesignations.Catalogue(body);
        var coverage = new DesignationCoverage(records.SelectMany(r => new[] { r.Designation, r.Docid }));

        // The catalogue's designation is the source's own edition-free identity: every docid must key like it.
        var split = records
            .Where(r => coverage.Results[r.Designation].Success && coverage.Results[r.Docid].Success)
            .Where(r => coverage.Parsed(r.Designation).Key != coverage.Parsed(r.Docid).Key && coverage.Parsed(r.Designation).Key != coverage.Parsed(r.Docid).BaseKey)
            .Select(r => $"{r.Docid} [{coverage.Parsed(r.Docid).Key}] vs {r.Designation} [{coverage.Parsed(r.Designation).Key}]")
            .ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, split.Take(200)));

        split.Count.ShouldBeLessThanOrEqualTo((int)(records.Count * tolerance));
    }

    // IEEE designations carry draft and stage noise in too many spellings for a simple skeleton ("P1302_D7.02",
    // "FCD Std P15026.2", "/E-2-2020-02"), so a small share of printed suspects is tolerated there; review them by eye.
    // W3C has one known case: the legacy "NOTE-framework-970706" keys as "framework" like the undated report.
    [Theory]
    [InlineData("itu-t", 0)]
    [InlineData("etsi", 0)]
    [InlineData("ieee", 0.01)]
    [InlineData("w3c", 0.001)]
    public void Parse_CatalogueDesignations_DifferentDocumentsNeverShareAKey(string body, double tolerance)
    {
        var records = RealDesignations.Catalogue(body);
        var coverage = new DesignationCoverage(records.Select(r => r.Designation));

        var merged = FalseMerges(coverage, CatalogueSkeleton);

        merged.Count.ShouldBeLessThanOrEqualTo((int)(coverage.Count * tolerance));
    }

    /// <summary>Keys shared by inputs whose independent skeletons differ: two documents folded into one.</summary>
    private static List<string> FalseMerges(DesignationCoverage coverage, Func<string, string> skeleton)
    {
        var merges = coverage.Results.Where(r => r.Value.Success)
            .GroupBy(r => r.Value.Value!.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Skeletons: g.Select(r => skeleton(r.Key)).Distinct(StringComparer.Ordinal).ToList(), Inputs: g.Select(r => r.Key).Take(4).ToList()))
            .Where(g => g.Skeletons.Count > 1)
            .Select(g => $"{g.Key}: {string.Join(" | ", g.Inputs)}")
            .ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, merges.Take(100)));
        return merges;
    }

    /// <summary>An ISO reference without years, draft markers and draft iterations, written without separators.</summary>
    private static string IsoSkeleton(string reference)
    {
        var text = reference.ToUpperInvariant();
        text = IsoYear().Replace(text, string.Empty);
        text = IsoCombinedDraft().Replace(text, m => m.Groups[1].Value switch { "DAM" or "FDAM" or "PDAM" or "DAMD" => "AMD", "DCOR" or "FDCOR" => "COR", "DAD" => "ADD", _ => m.Groups[1].Value[1..] });
        text = IsoDraft().Replace(text, string.Empty);
        text = IsoIteration().Replace(text, "$1");
        return NonAlphanumeric().Replace(text, string.Empty);
    }

    /// <summary>A catalogue designation without version markers, "Std", project P, ANSI co-branding and separators.</summary>
    private static string CatalogueSkeleton(string designation)
    {
        var text = CatalogueNoise().Replace(designation, " ").Replace("quarter", "quater", StringComparison.Ordinal);
        return NonAlphanumeric().Replace(text, string.Empty).ToUpperInvariant();
    }

    [GeneratedRegex(@":\d{4}")]
    private static partial Regex IsoYear();

    [GeneratedRegex(@"(?<=[/ ])(DAM|FDAM|PDAM|DAMD|DCOR|FDCOR|DAD|DTR|DTS|DPAS|DGUIDE)(?= )")]
    private static partial Regex IsoCombinedDraft();

    [GeneratedRegex(@"(?<=[/ ])(?:PWI|NP|AWI|WD|CD|DIS|FDIS|PRF)(?=[ /])")]
    private static partial Regex IsoDraft();

    [GeneratedRegex(@"(\d)\.\d{1,2}(?=$|/)")]
    private static partial Regex IsoIteration();

    [GeneratedRegex(@"[^A-Za-z0-9]")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@"\((?:V\d+)\)|\s[vV]\.?\d+(?=\s|$)|\bStd\b|\bANSI/|/ANSI\b|\b(?:Unapproved|Approved|Active)\b|\b(?:CDV|CD\d?|DIS\d?|FDIS)\b|(?<=\s)P(?=[CN]?\d)|-(?:19|20)\d\d(?:-\d\d)?(?=$|/)|-FDIS$|\bRedline\b|\bseries\b|\bNo\.|(?<=W3C )(?:WD|CR|CRD|PR|PER|REC|NOTE|DNOTE|DRY|SPSD|DISC|OBSL|STMT)-|-(?:19|20)\d{6}$")]
    private static partial Regex CatalogueNoise();
}
