using Roadmap.Application.Pipeline;

namespace Roadmap.Application.Tests.Pipeline;

/// <summary>The change pipeline's order and each step's decision, with fakes: no store on disk, no index, no corpus.</summary>
public sealed class ChangePipelineTests
{
    private readonly List<string> _log = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnceAsync_AfterAWrite_IndexesThenAnalysesUpToTheIndexThenRefiles()
    {
        // Arrange: the index last held change 10, the analysis too; the store now has 14.
        var (pipeline, index, analysis) = Build(startWhenMissing: false, indexed: 10, analysed: 10);
        index.Next = (14, 3, 0);

        // Act
        var report = await pipeline.RunOnceAsync(Ct);

        // Assert
        _log.ShouldBe(["index", "analysis:incremental", "index"]);
        analysis.Runs.ShouldHaveSingleItem().Through.ShouldBe(14);
        report.Steps.Select(s => s.Step).ShouldBe([SearchIndexProjection.StepName, AnalysisProjection.StepName, TopicRefilingProjection.StepName]);
        report.Step(SearchIndexProjection.StepName)!.StoreChanged.ShouldBeTrue();
    }

    [Fact]
    public async Task RunOnceAsync_NothingNew_RunsNoAnalysisAndRefilesNothing()
    {
        // Arrange
        var (pipeline, index, analysis) = Build(startWhenMissing: true, indexed: 10, analysed: 10);
        index.Next = (10, 0, 0);

        // Act
        var report = await pipeline.RunOnceAsync(Ct);

        // Assert
        _log.ShouldBe(["index"]);
        analysis.Runs.ShouldBeEmpty();
        report.Changed.ShouldBeFalse();
    }

    [Fact]
    public async Task RunOnceAsync_NoDocumentChangedButAnEditorDecided_RunsTheAnalysisThenRefiles()
    {
        // Arrange: an editor pinned a topic after the live run; the store did not change.
        var (pipeline, index, analysis) = Build(startWhenMissing: true, indexed: 10, analysed: 10);
        index.Next = (10, 0, 0);
        analysis.DecisionsPending = true;

        // Act
        var first = await pipeline.RunOnceAsync(Ct);
        var second = await pipeline.RunOnceAsync(Ct);

        // Assert: once, and not again on the next pass.
        analysis.Runs.ShouldHaveSingleItem().Through.ShouldBe(10);
        first.Step(AnalysisProjection.StepName)!.Summary.ShouldStartWith("editors' decisions applied");
        second.Step(AnalysisProjection.StepName)!.Summary.ShouldBe("up to date");
    }

    [Fact]
    public async Task RunOnceAsync_NoAnalysisYetInAVerb_LeavesItToAnalyze()
    {
        // Arrange
        var (pipeline, index, analysis) = Build(startWhenMissing: false, indexed: 0, analysed: null);
        index.Next = (5, 5, 0);

        // Act
        var report = await pipeline.RunOnceAsync(Ct);

        // Assert
        analysis.Runs.ShouldBeEmpty();
        report.Step(AnalysisProjection.StepName)!.Summary.ShouldContain("no analysis yet");
    }

    [Fact]
    public async Task RunOnceAsync_NoAnalysisYetInTheService_RunsAFullOneOnWhatTheIndexHolds()
    {
        // Arrange
        var (pipeline, index, analysis) = Build(startWhenMissing: true, indexed: null, analysed: null);
        index.Next = (5, 5, 0);

        // Act
        await pipeline.RunOnceAsync(Ct);

        // Assert
        analysis.Runs.ShouldBe([(true, 5L)]);
        _log.ShouldBe(["index", "analysis:full", "index"]);
    }

    [Fact]
    public async Task LagAsync_StepsBehindTheStore_CountTheirMissingChanges()
    {
        // Arrange
        var (pipeline, _, _) = Build(startWhenMissing: false, indexed: 12, analysed: 9, storeThrough: 15);

        // Act
        var lags = await pipeline.LagAsync(Ct);

        // Assert
        lags.ShouldBe([(SearchIndexProjection.StepName, 3L), (AnalysisProjection.StepName, 6L), (TopicRefilingProjection.StepName, 3L)]);
    }

    private (ChangePipeline Pipeline, FakeIndex Index, FakeAnalysis Analysis) Build(bool startWhenMissing, long? indexed, long? analysed, long storeThrough = 14)
    {
        var index = new FakeIndex(_log) { ChangesThrough = indexed };
        var analysis = new FakeAnalysis(_log) { Live = analysed is null ? null : FakeAnalysis.Run(analysed) };
        var search = new SearchIndexProjection(index);
        var pipeline = new ChangePipeline(SequenceOnlyStore.Create(storeThrough), [search, new AnalysisProjection(analysis, search, startWhenMissing), new TopicRefilingProjection(index)]);
        return (pipeline, index, analysis);
    }
}
