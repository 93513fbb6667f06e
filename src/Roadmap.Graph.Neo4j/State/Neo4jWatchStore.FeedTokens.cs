using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jWatchStore
{
    /// <summary>Stores a new token; a second token with the same hash breaks the unique constraint, as SQLite's primary key does.</summary>
    public async Task SaveFeedTokenAsync(FeedToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await Client.RunAsync(
            new CypherStatement(
                CypherStatements.SaveFeedToken,
                Parameters(("hash", token.Hash), ("scope", token.Scope.ToString()), ("target", token.Target), ("ownerKeyId", token.OwnerKeyId), ("createdAt", StoredTime.Format(token.CreatedAt)))),
            cancellationToken);
    }

    public async Task<FeedToken?> FindFeedTokenAsync(string hash, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.FindFeedToken, Parameters(("hash", hash))), cancellationToken);
        return result.Records.Select(WatchRows.ReadFeedToken).FirstOrDefault();
    }
}
