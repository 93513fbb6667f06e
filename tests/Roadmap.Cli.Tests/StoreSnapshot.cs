using Microsoft.Data.Sqlite;
using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Cli.Tests;

/// <summary>Everything a store holds that an import decides, for comparing two stores (provenance times aside).</summary>
internal sealed record StoreSnapshot(IReadOnlyList<Document> Documents, IReadOnlyList<Committee> Committees, IReadOnlyList<string> Relations, string Integrity)
{
    public static async Task<StoreSnapshot> ReadAsync(string dataPath, CancellationToken cancellationToken)
    {
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(dataPath));
        await store.InitializeAsync(cancellationToken);
        var documents = new List<Document>();
        string? after = null;
        do
        {
            var page = await store.ListDocumentsAsync(new DocumentQuery { First = DocumentQuery.MaxPageSize, After = after }, cancellationToken);
            documents.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var relations = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath};Mode=ReadOnly"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT from_key || ' ' || type || ' ' || to_key FROM relations ORDER BY 1;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                relations.Add(reader.GetString(0));
            }
        }

        return new StoreSnapshot(documents, await store.ListCommitteesAsync(cancellationToken), relations, await store.CheckIntegrityAsync(cancellationToken));
    }

    public void ShouldMatch(StoreSnapshot expected)
    {
        Integrity.ShouldBe("ok");
        Documents.Count.ShouldBe(expected.Documents.Count);
        Documents.Select(d => d.Key).Distinct().Count().ShouldBe(Documents.Count, "no duplicate documents");
        for (var i = 0; i < Documents.Count; i++)
        {
            Documents[i].ShouldBe(expected.Documents[i], $"document {Documents[i].Key}");
        }

        Committees.ShouldBe(expected.Committees);
        Relations.ShouldBe(expected.Relations);
    }
}
