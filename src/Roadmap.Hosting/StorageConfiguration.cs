using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Roadmap.Hosting;

/// <summary>
/// The stores' settings read outside a host's options pipeline (the CLI): the same sections, bound by the same binder and
/// checked by the same validator as the service's <c>ValidateDataAnnotations</c>, so a setting the service refuses the
/// CLI refuses too, with the same words.
/// </summary>
public static class StorageConfiguration
{
    /// <summary><c>Roadmap:Graph:*</c>; invalid settings give an <see cref="ArgumentException"/> naming them.</summary>
    public static GraphOptions ReadGraph(IConfiguration configuration) => Read<GraphOptions>(configuration, GraphOptions.Section);

    private static T Read<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(section).Get<T>() ?? new T();
        var result = new DataAnnotationValidateOptions<T>(Options.DefaultName).Validate(Options.DefaultName, options);
        return result.Failed ? throw new ArgumentException(string.Join("; ", result.Failures ?? [])) : options;
    }
}
