using System.Collections.Frozen;

namespace Roadmap.Api.Explorer;

/// <summary>The analysts' explorer page and its script and style, from the assembly's own <c>wwwroot</c> (no CDN).</summary>
internal static class ExplorerApi
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> Assets = Load();

    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/explorer", WritePageAsync).WithName("Explorer").WithSummary("The GraphQL explorer page.");
        app.MapGet("/explorer/{file}", (HttpContext context, string file) => WriteAsync(context, file)).WithName("ExplorerAsset");
        return app;
    }

    public static Task WritePageAsync(HttpContext context) => WriteAsync(context, "explorer.html");

    private static async Task WriteAsync(HttpContext context, string file)
    {
        if (!Assets.TryGetValue(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.Headers.ContentSecurityPolicy = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        const string prefix = "Roadmap.Api.wwwroot.";
        var assembly = typeof(ExplorerApi).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (memory.ToArray(), ContentType(n));
            }, StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}
