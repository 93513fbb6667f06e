using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// A reader asking for many "as of" dates: each answer used to be stored as an analysis run (42–53 kB on the demo data),
/// so readers could grow the database without limit. Now they are kept in a bounded in-memory cache only.
/// </summary>
[Trait("Tier", "Slow")] // one thousand analysis runs
public sealed class AsOfAbuseTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    private const string LiveCoverage = "{ coverage { asOf cells { topicId value published inDevelopment withdrawn } } liaisons { firstCommittee secondCommittee strength } }";

    [Fact]
    public async Task Coverage_1000DistinctAsOfDates_LeaveTheDatabaseAndTheLiveLandscapeUnchanged()
    {
        // Arrange
        var liveBefore = (await Gql.PostAsync(server.Client, LiveCoverage)).Data().ToJsonString();
        var runsBefore = (await Gql.PostAsync(server.Client, "{ analysisRuns(first: 100) { id } }")).Data()["analysisRuns"]!.AsArray().Count;
        var sizeBefore = DatabaseBytes();

        // Act: 20 requests of 50 aliased dates each, coverage, gaps and liaisons alike
        var day = new DateOnly(2015, 1, 1);
        for (var request = 0; request < 20; request++)
        {
            var query = new StringBuilder("{");
            for (var alias = 0; alias < 50; alias++, day = day.AddDays(3))
            {
                var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var field = (alias % 3) switch
                {
                    0 => $"coverage(asOf: \"{date}\") {{ asOf }}",
                    1 => $"gaps(first: 1, asOf: \"{date}\") {{ totalCount }}",
                    _ => $"liaisons(asOf: \"{date}\") {{ strength }}",
                };
                query.Append(CultureInfo.InvariantCulture, $" d{alias}: {field}");
            }

            (await Gql.PostAsync(server.Client, query.Append(" }").ToString())).Data();
        }

        // Assert
        var sizeAfter = DatabaseBytes();
        // Before: +13.5 MB for 300 dates on the demo data. A small tolerance for SQLite's own pages (WAL frames of the classifications rewritten).
        (sizeAfter - sizeBefore).ShouldBeLessThan(256 * 1024, $"database grew from {sizeBefore} to {sizeAfter} bytes");
        (await Gql.PostAsync(server.Client, "{ analysisRuns(first: 100) { id } }")).Data()["analysisRuns"]!.AsArray().Count.ShouldBe(runsBefore, "no as-of run was stored");
        (await Gql.PostAsync(server.Client, LiveCoverage)).Data().ToJsonString().ShouldBe(liveBefore, "the live coverage and liaisons are still the live run's");
    }

    private long DatabaseBytes()
    {
        // Checkpointed first, so the WAL's frames are counted once, in the main file.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(server.Factory.DataPath, "graph.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        return new[] { "graph.db", "graph.db-wal" }.Select(f => Path.Combine(server.Factory.DataPath, f)).Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }
}
