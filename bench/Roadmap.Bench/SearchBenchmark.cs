using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Documents;
using Roadmap.Ingest;
using Roadmap.Search;

namespace Roadmap.Bench;

/// <summary>
/// Lucene (the product's index) against SQLite FTS5 with bm25 on the same records and the same 1 000 queries, in one run:
/// index time, p50/p99 latency, queries/s, and accuracy@1 for the designation queries.
/// </summary>
internal sealed class SearchBenchmark : IBenchmark
{
    private const int Queries = 1000;

    // Each engine first runs this many queries of another draw. .NET compiles a method quickly and unoptimised at
    // first and recompiles it optimised once it is hot: with 50 warm-up queries Lucene's first ~500 timed queries ran
    // on the quick code at a quarter of the speed, so the figure measured the JIT rather than the search. A service
    // runs warm; a different draw keeps the timed queries' own postings and pages out of the warm-up.
    private const int WarmUpQueries = 1000;

    public string Name => "Search: Lucene vs SQLite FTS5 (bm25) on the shared corpus";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var documents = await CorpusReader.ReadAsync(CorpusReader.SharedCorpusFiles(options.SharedSdo), TimeProvider.System, cancellationToken);
        var queries = QueryMix.Draw(documents, Queries, seed: 20261123);
        var warmUp = QueryMix.Draw(documents, WarmUpQueries, seed: 20261124);

        var folder = Path.Combine(options.WorkFolder, "search-" + Guid.NewGuid().ToString("N"));
        var indexTime = Stopwatch.StartNew();
        using var index = DocumentIndex.Open(Path.Combine(folder, "lucene"));
        // As `roadmap index rebuild` does: every document in one pass, merged to one segment, one commit.
        await index.RebuildAsync(AsPages(documents), new Dictionary<string, IReadOnlyList<string>>(), cancellationToken);
        var luceneIndexSeconds = indexTime.Elapsed.TotalSeconds;
        var lucene = Measure(warmUp, queries, q => index.Search(new SearchRequest { Text = q.Text, Limit = 10 }).Hits.Select(h => h.Key).FirstOrDefault());

        var ftsPath = Path.Combine(folder, "fts.db");
        var ftsIndexSeconds = await BuildFtsAsync(ftsPath, documents, cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={ftsPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The same page as Lucene's: ten rows with the display columns, the title highlighted, a snippet of the scope,
        // both HTML-escaped with the matches marked.
        command.CommandText = $"""
            SELECT key, designation, title, body, stage, year, committee,
                   highlight(docs, 2, '{MarkStart}', '{MarkEnd}'), snippet(docs, 3, '{MarkStart}', '{MarkEnd}', '…', 32)
            FROM docs WHERE docs MATCH $q ORDER BY bm25(docs, 0.0, 10.0, 5.0, 1.0) LIMIT 10;
            """;
        var parameter = command.Parameters.Add("$q", SqliteType.Text);
        var fts = Measure(warmUp, queries, q =>
        {
            parameter.Value = FtsQuery(q.Text);
            using var reader = command.ExecuteReader();
            var page = new List<FtsHit>(10);
            while (reader.Read())
            {
                page.Add(new FtsHit(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    Marked(reader.GetString(7)), reader.IsDBNull(8) ? null : Marked(reader.GetString(8))));
            }

            return page.Count == 0 ? null : page[0].Key;
        });

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{documents.Count:N0} documents (editions merged); {Queries:N0} queries (designations typed three ways, title word pairs, quoted title phrases), run sequentially on one thread, top 10 each, after {WarmUpQueries:N0} warm-up queries of another draw per engine (so .NET has optimised Lucene's query path). ");
        text.Append("Each query returns the same page from both engines: the top 10 with key, designation, title, body, stage, year and committee, the title HTML-escaped with matches marked, and a snippet of about 200 characters of the scope (Lucene: its highlighter re-analysing the scope kept in the display doc value; FTS5: `highlight()` and `snippet()`, then the same escaping). Lucene runs the product's simple mode (designation forms, words in designation/title/scope, title phrase, prefix and fuzzy for unknown words, any word may match; a known designation with a number is not also matched as prose words; a quoted text is a phrase in title or scope with one word of slack, or its words when no document has it); FTS5 runs every word required (a quoted phrase as a phrase), ranked by bm25 with weights designation 10, title 5, scope 1. Lucene's index time includes merging to one segment, as `roadmap index rebuild` does.\n\n");
        text.Append("| engine | index time (s) | p50 (ms) | p99 (ms) | queries/s | accuracy@1 (designations) |\n|---|---:|---:|---:|---:|---:|\n");
        text.Append(Row("Lucene.Net (Roadmap.Search)", luceneIndexSeconds, lucene));
        text.Append(Row("SQLite FTS5 + bm25", ftsIndexSeconds, fts));
        text.Append(CultureInfo.InvariantCulture, $"\nThroughput ratio Lucene / FTS5: **{lucene.PerSecond / fts.PerSecond:F1}×**.\n");
        return new BenchSection(Name, text.ToString());
    }

    private static async IAsyncEnumerable<IReadOnlyList<Document>> AsPages(IReadOnlyList<Document> documents)
    {
        await Task.CompletedTask;
        foreach (var page in documents.Chunk(1000))
        {
            yield return page;
        }
    }

    private static string Row(string engine, double indexSeconds, Measured m) =>
        string.Create(CultureInfo.InvariantCulture, $"| {engine} | {indexSeconds:F1} | {m.P50:F2} | {m.P99:F2} | {m.PerSecond:N0} | {m.Accuracy:P1} ({m.Correct}/{m.DesignationQueries}) |\n");

    private static Measured Measure(IReadOnlyList<BenchQuery> warmUp, IReadOnlyList<BenchQuery> queries, Func<BenchQuery, string?> run)
    {
        foreach (var query in warmUp)
        {
            run(query);
        }

        var latencies = new double[queries.Count];
        var correct = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queries.Count; i++)
        {
            var one = Stopwatch.StartNew();
            var top = run(queries[i]);
            latencies[i] = one.Elapsed.TotalMilliseconds;
            if (queries[i].ExpectedKey is { } expected && top == expected)
            {
                correct++;
            }
        }

        var seconds = total.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        var designationQueries = queries.Count(q => q.ExpectedKey is not null);
        return new Measured(latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], queries.Count / seconds, correct, designationQueries);
    }

    private static async Task<double> BuildFtsAsync(string path, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, designation, title, scope, body UNINDEXED, stage UNINDEXED, year UNINDEXED, committee UNINDEXED, tokenize = 'porter unicode61');";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs (key, designation, title, scope, body, stage, year, committee) VALUES ($key, $designation, $title, $scope, $body, $stage, $year, $committee);";
        var (key, designation, title, scope) = (insert.Parameters.Add("$key", SqliteType.Text), insert.Parameters.Add("$designation", SqliteType.Text), insert.Parameters.Add("$title", SqliteType.Text), insert.Parameters.Add("$scope", SqliteType.Text));
        var (body, stage, year, committee) = (insert.Parameters.Add("$body", SqliteType.Text), insert.Parameters.Add("$stage", SqliteType.Text), insert.Parameters.Add("$year", SqliteType.Text), insert.Parameters.Add("$committee", SqliteType.Text));
        foreach (var document in documents)
        {
            key.Value = document.Key;
            designation.Value = string.Join(" | ", document.Editions.Select(e => e.Id).Prepend(document.Key).Distinct());
            title.Value = document.Title;
            scope.Value = (object?)document.Scope ?? DBNull.Value;
            body.Value = document.Body;
            stage.Value = document.Lifecycle.Stage.ToString();
            year.Value = (object?)document.Published?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? DBNull.Value;
            committee.Value = (object?)document.CommitteeKey ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stopwatch.Elapsed.TotalSeconds;
    }

    // User text as a safe FTS5 expression: each word quoted (so ":" or "-" are not syntax), all words required;
    // a quoted phrase stays a phrase.
    private static string FtsQuery(string text)
    {
        var phrase = text.StartsWith('"') && text.EndsWith('"');
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Split(['.', '/', ':', '-', '(', ')', '"', ','], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => "\"" + w.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"")
            .ToList();
        return words.Count == 0 ? "\"\"" : phrase ? "\"" + string.Join(' ', words.Select(w => w.Trim('"'))) + "\"" : string.Join(' ', words);
    }

    // FTS5 marks matches in raw text; control characters as marks let the text be escaped afterwards, as Lucene's is.
    private const string MarkStart = "\u0001";
    private const string MarkEnd = "\u0002";

    private static string Marked(string text) =>
        System.Net.WebUtility.HtmlEncode(text).Replace(MarkStart, "<mark>", StringComparison.Ordinal).Replace(MarkEnd, "</mark>", StringComparison.Ordinal);

    private sealed record FtsHit(string Key, string Designation, string Title, string Body, string Stage, string? Year, string? Committee, string TitleHtml, string? ScopeSnippetHtml);

    private sealed record Measured(double P50, double P99, double PerSecond, int Correct, int DesignationQueries)
    {
        public double Accuracy => DesignationQueries == 0 ? 0 : (double)Correct / DesignationQueries;
    }
}
