using Roadmap.Analysis.Classification;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.RealData;

[Trait("Tier", "Slow")] // real corpus: the whole shared SDO data, indexed
public sealed class ClassificationTests(RealLandscapeFixture fixture, ITestOutputHelper output) : IClassFixture<RealLandscapeFixture>
{
    [Theory]
    [InlineData("ITU-T X.1401", "security.threats")]
    [InlineData("ISO/TR 23455", "smart-contracts.concepts")]
    [InlineData("ISO/TR 23244", "privacy.pii")]
    [InlineData("ITU-T X.1403", "identity.management")]
    [InlineData("ITU-T X.1414", "security.crosschain")]
    [InlineData("ISO/TR 23576", "digital-assets.custody")]
    [InlineData("ITU-T L.1317", "environment.energy")]
    [InlineData("ISO 22739", "foundations.vocabulary")]
    [InlineData("W3C did-core", "identity.did")]
    public void Classify_TitleNamesTheTopic_PutsTheDocumentUnderIt(string key, string topic)
    {
        // Arrange
        var (index, taxonomy) = fixture.Require();

        // Act
        var assignments = new Classifier(taxonomy, index).Classify(new HashSet<string> { key });

        // Assert
        foreach (var assignment in assignments)
        {
            output.WriteLine($"{assignment.DocumentKey} → {assignment.TopicId} {assignment.Score:F2}: " + string.Join("; ", assignment.Evidence.Select(e => $"{e.Kind} {e.RuleId} [{string.Join(' ', e.Terms)}] +{e.Weight:F2}")));
        }

        var found = assignments.SingleOrDefault(a => a.TopicId == topic);
        found.ShouldNotBeNull($"{key} should be under {topic}");
        found.Evidence.ShouldNotBeEmpty();
        found.Evidence.Where(e => e.Kind == Core.Analysis.EvidenceKind.Rule).SelectMany(e => e.Terms).ShouldNotBeEmpty("the evidence names the words that matched");
    }

    [Fact]
    public void Classify_GroundTruth_FindsMostKnownDltDocuments_AndFewGenericOnes()
    {
        // Arrange
        var (index, taxonomy) = fixture.Require();
        var truth = File.ReadAllLines(SharedData.Require("dlt_standards_truth.csv")).Skip(1)
            .Select(l => l.Split(',')[2].Trim('"'))
            .Select(d => Core.Designations.DesignationParser.Parse(d).Value?.Key)
            .Where(k => k is not null && fixture.Documents.ContainsKey(k))
            .Distinct()
            .ToList();

        // Act
        var classified = new Classifier(taxonomy, index).Classify().Select(a => a.DocumentKey).ToHashSet(StringComparer.Ordinal);

        // Assert
        var missed = truth.Where(k => !classified.Contains(k!)).ToList();
        output.WriteLine($"{classified.Count} documents classified; {truth.Count} ground-truth documents in the corpus, {missed.Count} missed:");
        foreach (var key in missed)
        {
            output.WriteLine($"  {key}  {fixture.Documents[key!].Title}");
        }

        (truth.Count - missed.Count).ShouldBeGreaterThanOrEqualTo((int)(truth.Count * 0.85), "recall on the hand-checked DLT list");
        classified.Count.ShouldBeLessThan(3000, "rules must not sweep in the generic corpus");
    }
}
