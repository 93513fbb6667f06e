using System.ComponentModel.DataAnnotations;
using Roadmap.Hosting;

namespace Roadmap.Api.Hosting;

/// <summary><c>Roadmap:Api:*</c>: who may read without a key, and the limits every GraphQL request runs under.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Roadmap:Api";

    /// <summary>Queries without an API key. Off by default; the demo turns it on. Mutations always need a key.</summary>
    public bool AnonymousRead { get; set; }

    /// <summary>The largest <c>first</c>/<c>limit</c> a list field accepts.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>How deeply selections may nest (introspection needs about 13).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The complexity budget (fields weighted by page sizes) of one operation.</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many aliased fields one document may have.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// How many fields one operation may select once its fragments are spread (counted per fragment, never expanded).
    /// Checked before graphql-dotnet validates anything, some of whose rules are quadratic in the fields of a selection.
    /// </summary>
    [Range(10, 100_000)]
    public int MaxSelections { get; set; } = 1_000;

    /// <summary>How deeply fragment spreads may nest (a fragment spreading a fragment spreading …).</summary>
    [Range(1, 100)]
    public int MaxFragmentDepth { get; set; } = 10;

    /// <summary>How many errors one response carries; the rest are summed up in one more error.</summary>
    [Range(1, 10_000)]
    public int MaxErrors { get; set; } = 100;

    /// <summary>The longest string argument or variable (a filter, a search text, a note), in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxStringLength { get; set; } = 10_000;

    /// <summary>The largest request body accepted on <c>/graphql</c>, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long the service remembers an API key's record, or that an id is unknown. A key revoked by another process
    /// (<c>roadmap keys revoke</c>) is refused within this; zero reads the key store on every request.
    /// </summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan KeyCacheLifetime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many key ids (known or unknown) are remembered at most; unknown ones are the first to go.</summary>
    [Range(16, 1_000_000)]
    public int KeyCacheEntries { get; set; } = 10_000;

    /// <summary>
    /// The most fields a query sent over GET may select (fragments spread). GET needs an API key: a browser sends none on a
    /// cross-site <c>&lt;img src=…/graphql?query=…&gt;</c>, so no page can make a visitor's browser run queries here.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxGetSelections { get; set; } = 200;

    /// <summary><c>/metrics</c> without an API key (only where the port is reachable from the monitoring network alone).</summary>
    public bool PublicMetrics { get; set; }

    /// <summary>How long one operation may run before it is cancelled.</summary>
    [TimeSpanRange("00:00:00.100", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
