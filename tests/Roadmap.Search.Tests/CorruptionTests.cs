using Roadmap.TestKit;
namespace Roadmap.Search.Tests;

public sealed class CorruptionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> WriteIndex(TempDirectory folder)
    {
        using var index = DocumentIndex.Open(folder.Path);
        await index.UpsertAsync(Corpus.All, Ct);
        return folder.Path;
    }

    private static void Junk(string file)
    {
        var junk = new byte[256];
        new Random(23257).NextBytes(junk);
        File.WriteAllBytes(file, junk);
    }

    [Fact]
    public async Task Open_JunkInSegmentsFile_ThrowsSearchIndexCorruptException()
    {
        using var folder = new TempDirectory();
        var path = await WriteIndex(folder);
        foreach (var segments in Directory.GetFiles(path, "segments*"))
        {
            Junk(segments);
        }

        var ex = Should.Throw<SearchIndexCorruptException>(() => DocumentIndex.Open(path));

        ex.Location.ShouldBe(path);
        ex.Message.ShouldContain("corrupt");
    }

    [Fact]
    public async Task Open_EveryIndexFileJunk_ThrowsSearchIndexCorruptException()
    {
        using var folder = new TempDirectory();
        var path = await WriteIndex(folder);
        foreach (var file in Directory.GetFiles(path).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            Junk(file);
        }

        Should.Throw<SearchIndexCorruptException>(() => DocumentIndex.Open(path));
    }

    [Fact]
    public void Open_ForeignFilesWithoutIndex_ThrowsSearchIndexCorruptException()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "not an index");

        Should.Throw<SearchIndexCorruptException>(() => DocumentIndex.Open(folder.Path)).Message.ShouldContain("no index");
    }

    [Fact]
    public void Open_ValidLuceneIndexOfAnotherApplication_ThrowsSearchIndexCorruptException()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Path);
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder.Path))
        using (var analyzer = new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument([new Lucene.Net.Documents.StringField("id", "1", Lucene.Net.Documents.Field.Store.YES)]);
            writer.Commit();
        }

        Should.Throw<SearchIndexCorruptException>(() => DocumentIndex.Open(folder.Path)).Message.ShouldContain("not written by");
        using var recreated = DocumentIndex.OpenOrRecreate(folder.Path, out var wasRecreated);
        wasRecreated.ShouldBeTrue();
        recreated.Count.ShouldBe(0);
    }

    [Fact]
    public async Task OpenOrRecreate_CorruptIndex_RecreatesAnEmptyWorkingIndex()
    {
        using var folder = new TempDirectory();
        var path = await WriteIndex(folder);
        foreach (var segments in Directory.GetFiles(path, "segments*"))
        {
            Junk(segments);
        }

        using (var index = DocumentIndex.OpenOrRecreate(path, out var recreated))
        {
            recreated.ShouldBeTrue();
            index.Count.ShouldBe(0);
            await index.UpsertAsync(Corpus.All, Ct);
            index.Search(new SearchRequest { Text = "ISO 23257" }).Hits[0].Key.ShouldBe(Corpus.Iso23257);
        }

        using var reopened = DocumentIndex.Open(path);
        reopened.Count.ShouldBe(Corpus.All.Count);
    }

    [Fact]
    public void OpenOrRecreate_NewFolder_CreatesWithoutRecreating()
    {
        using var folder = new TempDirectory();

        using var index = DocumentIndex.OpenOrRecreate(folder.Path, out var recreated);

        recreated.ShouldBeFalse();
        index.Count.ShouldBe(0);
    }
}
