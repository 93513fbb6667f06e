using Microsoft.Data.Sqlite;
using Roadmap.Core.Security;

namespace Roadmap.Graph.Embedded;

/// <summary>API keys (salted hashes only) in the data folder's SQLite database (table <c>api_keys</c>, migration 003).</summary>
public sealed class SqliteApiKeyStore(string databasePath) : IApiKeyStore
{
    private const string Columns = "id, name, role, salt, hash, created_at, revoked_at";
    private readonly string _connectionString = ServiceDatabase.ConnectionString(databasePath);

    /// <summary>Opens the key store of a data folder, creating or migrating its database.</summary>
    public static async Task<SqliteApiKeyStore> OpenAsync(DataDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        await ServiceDatabase.EnsureAsync(directory.GraphDatabasePath, cancellationToken);
        return new SqliteApiKeyStore(directory.GraphDatabasePath);
    }

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO api_keys ({Columns}) VALUES ($id, $name, $role, $salt, $hash, $created, $revoked);";
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$role", key.Role.ToString());
        command.Parameters.AddWithValue("$salt", key.Salt);
        command.Parameters.AddWithValue("$hash", key.Hash);
        command.Parameters.AddWithValue("$created", StoredTime.Format(key.CreatedAt));
        command.Parameters.AddWithValue("$revoked", key.RevokedAt is { } r ? StoredTime.Format(r) : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM api_keys WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM api_keys ORDER BY created_at, id;";
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", StoredTime.Format(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<List<ApiKey>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                Role = Enum.Parse<ApiRole>(reader.GetString(2)),
                Salt = reader.GetString(3),
                Hash = reader.GetString(4),
                CreatedAt = StoredTime.Parse(reader.GetString(5)),
                RevokedAt = reader.IsDBNull(6) ? null : StoredTime.Parse(reader.GetString(6)),
            });
        }

        return keys;
    }
}
