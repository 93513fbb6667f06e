using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Roadmap.Api.Hosting;

/// <summary>
/// What a deployment behind a reverse proxy sets: forwarded headers from known proxies only. Host filtering is the
/// framework's own (<c>AllowedHosts</c>, a semicolon-separated list; <c>*</c> in appsettings.json).
/// </summary>
internal static class DeploymentRegistration
{
    public static IHostApplicationBuilder AddRoadmapDeployment(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section).ValidateDataAnnotations()
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Roadmap:Api:ForwardedHeaders:KnownProxies must be IP addresses")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Roadmap:Api:ForwardedHeaders:KnownNetworks must be CIDR networks such as 172.18.0.0/16")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.Value.ForwardLimit;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it (the rate limit's address, https) sees the client as the proxy saw it.</summary>
    public static WebApplication UseRoadmapForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
