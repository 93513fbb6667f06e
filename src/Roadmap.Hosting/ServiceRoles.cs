using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Roadmap.Hosting;

/// <summary>
/// Reads and checks <c>Roadmap:Role</c> once per host. Registrations need the role while they register (a worker's hosted
/// services are not even added on an API replica), so it is read from configuration then, not through options later.
/// </summary>
public static class ServiceRoles
{
    public const string Key = RoadmapOptions.Section + ":Role";

    /// <summary>The host's role; <see cref="ServiceRole.All"/> when unset.</summary>
    /// <exception cref="OptionsValidationException">The value is not one of the roles: the host does not start.</exception>
    public static ServiceRole GetServiceRole(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Properties.TryGetValue(typeof(ServiceRole), out var known) && known is ServiceRole cached)
        {
            return cached;
        }

        var role = Parse(builder.Configuration[Key]);
        builder.Properties[typeof(ServiceRole)] = role;
        return role;
    }

    /// <summary>Parses a configured role: a role's name in any case, or nothing for <see cref="ServiceRole.All"/>. Numbers are refused.</summary>
    /// <exception cref="OptionsValidationException">The value is not one of the roles.</exception>
    public static ServiceRole Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ServiceRole.All;
        }

        // Enum.TryParse alone would take "7" or "1" and make a role of it.
        var text = value.Trim();
        return Enum.GetNames<ServiceRole>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ServiceRole>(name)
            : throw new OptionsValidationException(Key, typeof(ServiceRole),
                [$"{Key} (env Roadmap__Role) is '{text}', which is not a role: use {string.Join(", ", Enum.GetNames<ServiceRole>())} (All when unset)"]);
    }

    /// <summary>Serves the API (GraphQL, web UI, reports, feeds).</summary>
    public static bool ServesApi(this ServiceRole role) => role is ServiceRole.All or ServiceRole.Api;

    /// <summary>Runs the background work: the crawl schedule, the analysis and watch steps of the pipeline, deliveries.</summary>
    public static bool RunsBackgroundWork(this ServiceRole role) => role is ServiceRole.All or ServiceRole.Worker;
}
