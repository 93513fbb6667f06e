using System.Security.Cryptography;
using Roadmap.Application.Errors;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>
/// The watch use cases both hosts call: create, list, change, share and remove watches; list their events (filters and
/// cursors) and delivery log; queue a test delivery. A key sees the watches it owns or that are shared with it (an
/// admin sees all); only the owner or a key with the modify right changes one.
/// </summary>
public sealed partial class WatchService(IWatchStore store, IWatchFacts facts, TimeProvider time)
{
    public async Task<Watch> CreateAsync(WatchCaller caller, CreateWatchCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        WatchValidation.Check(command, facts);
        var watch = new Watch
        {
            Id = "w_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            OwnerKeyId = caller.KeyId,
            Name = command.Name.Trim(),
            Rules = command.Rules,
            Documents = command.Documents,
            SignificantOnly = command.SignificantOnly,
            Delivery = Delivery(command, null),
            CreatedAt = time.GetUtcNow(),
        };
        await store.SaveWatchAsync(watch, cancellationToken);
        return watch;
    }

    public async Task<Watch> UpdateAsync(WatchCaller caller, string id, CreateWatchCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var watch = await ModifiableAsync(caller, id, cancellationToken);
        WatchValidation.Check(command, facts);
        var changed = watch with
        {
            Name = command.Name.Trim(),
            Rules = command.Rules,
            Documents = command.Documents,
            SignificantOnly = command.SignificantOnly,
            Delivery = Delivery(command, watch.Delivery),
        };
        await store.SaveWatchAsync(changed, cancellationToken);
        return changed;
    }

    public async Task<IReadOnlyList<Watch>> ListAsync(WatchCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await store.ListWatchesAsync(caller.IsAdmin ? null : caller.KeyId, cancellationToken);
    }

    /// <exception cref="NotFoundException">No such watch, or the caller may not see it.</exception>
    public async Task<Watch> GetAsync(WatchCaller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var watch = await store.GetWatchAsync(id, cancellationToken);
        // Someone else's watch is "not found", not "forbidden": its existence is not the caller's business.
        return watch is not null && (caller.IsAdmin || watch.CanView(caller.KeyId)) ? watch : throw new NotFoundException($"no watch '{id}'");
    }

    public async Task RemoveAsync(WatchCaller caller, string id, CancellationToken cancellationToken)
    {
        await ModifiableAsync(caller, id, cancellationToken);
        await store.RemoveWatchAsync(id, cancellationToken);
    }

    /// <summary>Shares the watch with another key (or changes that key's right); <paramref name="right"/> null takes the share back.</summary>
    public async Task<Watch> ShareAsync(WatchCaller caller, string id, string keyId, WatchRight? right, CancellationToken cancellationToken)
    {
        var watch = await ModifiableAsync(caller, id, cancellationToken);
        if (string.IsNullOrWhiteSpace(keyId) || keyId == watch.OwnerKeyId)
        {
            throw new InvalidInputException("share with another key's id");
        }

        var shares = watch.Shares.Where(s => s.KeyId != keyId).ToList();
        if (right is { } r)
        {
            shares.Add(new WatchShare(keyId, r));
        }

        var changed = watch with { Shares = shares };
        await store.SaveWatchAsync(changed, cancellationToken);
        return changed;
    }

    private async Task<Watch> ModifiableAsync(WatchCaller caller, string id, CancellationToken cancellationToken)
    {
        var watch = await GetAsync(caller, id, cancellationToken);
        return caller.IsAdmin || watch.CanModify(caller.KeyId)
            ? watch
            : throw new InvalidInputException($"watch '{id}' is shared with you to view only");
    }

    private static WatchDelivery Delivery(CreateWatchCommand command, WatchDelivery? old) => new()
    {
        WebhookUrl = command.WebhookUrl,
        // The secret survives an edit of the same URL; a new URL gets a new secret, so an old receiver cannot forge.
        WebhookSecret = command.WebhookUrl is null ? null
            : old?.WebhookUrl == command.WebhookUrl && old.WebhookSecret is { } kept ? kept
            : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        Email = command.Email,
        Digest = command.Digest,
        FeedToken = old?.FeedToken ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
    };
}
