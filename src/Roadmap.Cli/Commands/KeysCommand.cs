using System.CommandLine;
using Roadmap.Core.Audit;
using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap keys create|list|revoke</c>: API keys for the service. Only salted hashes are stored; a new key is printed once.</summary>
internal static class KeysCommand
{
    public static Command Create(CliConsole console) => new("keys", "Manage the API keys of the HTTP service")
    {
        CreateVerb(console),
        ListVerb(console),
        RevokeVerb(console),
    };

    private static Command CreateVerb(CliConsole console)
    {
        var role = new Option<ApiRole>("--role") { Description = "reader, editor or admin", Required = true };
        var name = new Option<string?>("--name") { Description = "Whose key it is (shown in lists and the audit trail)" };
        var json = GlobalOptions.Json("the new key");
        var command = new Command("create", "Make a key and print it once") { role, name, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var state = await OpenAsync(result, ct);
            var (keys, audit) = (state.Keys, state.Audit);
            var (stored, key) = ApiKeySecrets.Create(result.GetValue(name) ?? $"{result.GetValue(role).ToString().ToLowerInvariant()}-key", result.GetValue(role), TimeProvider.System.GetUtcNow());
            await keys.AddAsync(stored, ct);
            await audit.AppendAsync(Entry("keys.create", stored, before: null, after: $"{{\"role\":\"{stored.Role}\",\"name\":\"{stored.Name}\"}}"), ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(new { stored.Id, stored.Name, Role = stored.Role.ToString(), Key = key });
            }
            else
            {
                await console.Out.WriteLineAsync($"Created {stored.Role.ToString().ToLowerInvariant()} key {stored.Id} ('{stored.Name}') in {state.Location}. It is shown once; store it now:");
                await console.Out.WriteLineAsync(key);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ListVerb(CliConsole console)
    {
        var json = GlobalOptions.Json("the keys");
        var command = new Command("list", "List keys (never their secrets)") { json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var state = await OpenAsync(result, ct);
            var keys = state.Keys;
            var all = await keys.ListAsync(ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(all.Select(k => new { k.Id, k.Name, Role = k.Role.ToString(), k.CreatedAt, k.RevokedAt }));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Name", "Role", "Created", "Revoked");
            foreach (var k in all)
            {
                table.AddRow(k.Id, Markup.Escape(k.Name), k.Role.ToString().ToLowerInvariant(), k.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), k.RevokedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            console.Ansi.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RevokeVerb(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The key's id (from 'keys list'), or the whole key" };
        var command = new Command("revoke", "Revoke a key; a running service refuses it within Roadmap:Api:KeyCacheLifetime (30 s by default)") { id };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var state = await OpenAsync(result, ct);
            var (keys, audit) = (state.Keys, state.Audit);
            var text = result.GetValue(id)!.Trim();
            var keyId = ApiKeySecrets.TryParse(text, out var parsed, out _) ? parsed : text;
            var existing = await keys.FindAsync(keyId, ct);
            if (existing is null || !await keys.RevokeAsync(keyId, TimeProvider.System.GetUtcNow(), ct))
            {
                await console.Error.WriteLineAsync(existing is null ? $"error: no key '{keyId}'" : $"error: key '{keyId}' is already revoked");
                return ExitCodes.RuntimeError;
            }

            await audit.AppendAsync(Entry("keys.revoke", existing, before: "{\"revoked\":false}", after: "{\"revoked\":true}"), ct);
            await console.Out.WriteLineAsync($"Revoked key {keyId} ('{existing.Name}').");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Task<CliState> OpenAsync(ParseResult result, CancellationToken cancellationToken) =>
        StoreFactory.OpenStateAsync(GlobalOptions.DataPath(result), cancellationToken);

    private static AuditEntry Entry(string action, ApiKey key, string? before, string after) => new()
    {
        At = TimeProvider.System.GetUtcNow(),
        Actor = "cli:" + Environment.UserName,
        Role = "admin",
        Action = action,
        Target = "api-key:" + key.Id,
        Before = before,
        After = after,
    };
}
