using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Roadmap.Api.Ui;

/// <summary>
/// The web UI for roadmap editors and liaison officers: <c>/</c> is its page, <c>/ui/…</c> its modules and style, all
/// from the assembly (no CDN). The UI talks only to <c>/graphql</c>; routes live after the <c>#</c>, so every deep link
/// reloads into the same page. Assets carry a strong ETag and <c>no-cache</c>: the browser revalidates, a 304 costs nothing.
/// </summary>
internal static class UiApi
{
    public const string Prefix = "Roadmap.Api.ui/";

    // The roadmap preview is fetched (with the session's key) and shown in a sandboxed srcdoc frame, which inherits this
    // policy: the document's own <style> needs 'unsafe-inline' for styles (scripts stay 'self' only).
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly FrozenDictionary<string, UiAsset> Assets = Load();

    public static IEndpointRouteBuilder MapUiApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", context => WriteAsync(context, "index.html")).WithName("Ui").WithSummary("The web UI.").ExcludeFromDescription();
        app.MapGet("/ui/{**file}", (HttpContext context, string file) => WriteAsync(context, file)).WithName("UiAsset").ExcludeFromDescription();
        return app;
    }

    /// <summary>The asset names (relative to <c>/ui/</c>), for tests.</summary>
    public static IEnumerable<string> Names => Assets.Keys;

    private static async Task WriteAsync(HttpContext context, string file)
    {
        if (!Assets.TryGetValue(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers["Referrer-Policy"] = "same-origin";
        if (context.Request.Headers.IfNoneMatch.Any(tag => string.Equals(tag, asset.ETag, StringComparison.Ordinal)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Bytes.Length;
        await context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
    }

    private static FrozenDictionary<string, UiAsset> Load()
    {
        var assembly = typeof(UiApi).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..].Replace('\\', '/'), n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var bytes = memory.ToArray();
                var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12))}\"").ToString();
                return new UiAsset(bytes, ContentType(n), etag);
            }, StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private sealed record UiAsset(byte[] Bytes, string ContentType, string ETag);
}
