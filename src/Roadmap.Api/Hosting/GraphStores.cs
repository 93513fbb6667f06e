using System.ComponentModel.DataAnnotations;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Api.Hosting;

/// <summary>The one place the service chooses its graph store (<c>Roadmap:Graph:Provider</c>).</summary>
internal static class GraphStores
{
    /// <summary>
    /// The store <c>Roadmap:Graph:*</c> in <paramref name="configuration"/> names, for hosts without the service's options
    /// pipeline (the CLI reads the same <c>Roadmap__Graph__…</c> environment as the service, so in a container its verbs
    /// work on the service's Neo4j). Invalid settings give an <see cref="ArgumentException"/> naming them.
    /// </summary>
    public static IGraphStore Create(IConfiguration configuration, DataDirectory directory)
    {
        var options = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        // The same checks as the service's ValidateDataAnnotations: the ranges on the properties and the object's own.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var problems = results.Select(r => r.ErrorMessage).Concat(options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage)).Distinct().ToList();
        return problems.Count == 0 ? Create(options, directory) : throw new ArgumentException(string.Join("; ", problems));
    }

    public static IGraphStore Create(GraphOptions options, DataDirectory directory) => options.Provider switch
    {
        GraphProvider.Embedded => SqliteGraphStore.Open(directory),
        GraphProvider.Neo4j => new Neo4jGraphStore(new Neo4jOptions
        {
            Url = options.Url ?? throw new InvalidOperationException("Roadmap:Graph:Url is required for Neo4j"),
            User = options.User,
            Password = options.Password,
            BearerToken = options.BearerToken,
            Database = options.Database,
            BatchSize = options.BatchSize,
            RequestTimeout = options.RequestTimeout,
            ConnectTimeout = options.ConnectTimeout,
            MaxRetryAttempts = options.MaxRetryAttempts,
            RetryBaseDelay = options.RetryBaseDelay,
            RetryMaxDelay = options.RetryMaxDelay,
        }),
        _ => throw new InvalidOperationException($"unknown graph provider {options.Provider}"),
    };
}
