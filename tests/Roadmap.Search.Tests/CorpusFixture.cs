namespace Roadmap.Search.Tests;

/// <summary>One in-memory index over <see cref="Corpus"/>, shared by read-only tests.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public DocumentIndex Index { get; } = DocumentIndex.CreateInMemory();

    public async ValueTask InitializeAsync() => await Index.UpsertAsync(Corpus.All, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        Index.Dispose();
        return ValueTask.CompletedTask;
    }
}
