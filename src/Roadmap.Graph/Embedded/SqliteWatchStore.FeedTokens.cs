using Roadmap.Core.Watches;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteWatchStore
{
    public async Task SaveFeedTokenAsync(FeedToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO feed_tokens (token_hash, scope, target, owner_key_id, created_at) VALUES ($hash, $scope, $target, $owner, $created);";
        command.Parameters.AddWithValue("$hash", token.Hash);
        command.Parameters.AddWithValue("$scope", token.Scope.ToString());
        command.Parameters.AddWithValue("$target", token.Target);
        command.Parameters.AddWithValue("$owner", token.OwnerKeyId);
        command.Parameters.AddWithValue("$created", StoredTime.Format(token.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<FeedToken?> FindFeedTokenAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_hash, scope, target, owner_key_id, created_at FROM feed_tokens WHERE token_hash = $hash;";
        command.Parameters.AddWithValue("$hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedToken
            {
                Hash = reader.GetString(0),
                Scope = Enum.Parse<FeedScope>(reader.GetString(1)),
                Target = reader.GetString(2),
                OwnerKeyId = reader.GetString(3),
                CreatedAt = StoredTime.Parse(reader.GetString(4)),
            }
            : null;
    }
}
