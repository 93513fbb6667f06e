using GraphQL;
using GraphQLParser.AST;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.GraphQL.Validation;

/// <summary>
/// Sizes a parsed document before graphql-dotnet validates it, in time linear in the document: field selections with
/// fragments spread (each fragment measured once and remembered, never expanded), how deeply fragment spreads nest,
/// aliases, and how many directives, arguments, input fields or variables one node carries. graphql-dotnet's own rules
/// cannot be stopped part-way (they run in one pass) and some are quadratic or worse: a fragment bomb of 30 doublings
/// makes its complexity analyser walk 2^30 fields, 20 000 duplicate directives or same-named fields take seconds to
/// minutes. A document over any budget is refused here and never reaches them.
/// </summary>
internal sealed class DocumentBudget
{
    /// <summary>Directives, arguments, input-object fields or variable definitions one node may carry.</summary>
    internal const int MaxPerNode = 64;

    private readonly ApiOptions _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Selections, int Height)> _measured = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);
    private readonly List<ExecutionError> _errors = [];
    private long _fields;
    private int _aliases;
    private int _nodes;
    private bool _tooWide;
    private bool _tooDeep;
    private int _longest;

    private DocumentBudget(ApiOptions limits, CancellationToken cancellationToken) => (_limits, _cancellationToken) = (limits, cancellationToken);

    /// <summary>The budgets <paramref name="document"/> exceeds, as errors to return instead of running it; empty when within all.</summary>
    /// <exception cref="OperationCanceledException">The request was cancelled.</exception>
    public static IReadOnlyList<ExecutionError> Check(GraphQLDocument document, ApiOptions limits, CancellationToken cancellationToken) =>
        new DocumentBudget(limits, cancellationToken).Run(document);

    private List<ExecutionError> Run(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        // As written: every definition, used or not, is validated by graphql-dotnet.
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                Wide(operation.Variables?.Count);
                Directives(operation.Directives);
                Walk(operation.SelectionSet);
            }
            else if (definition is GraphQLFragmentDefinition fragment)
            {
                Directives(fragment.Directives);
                Walk(fragment.SelectionSet);
            }
        }

        // As executed: the operations with their fragments spread, measured per fragment and remembered.
        var expanded = _fields;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            expanded = Math.Max(expanded, Measure(operation.SelectionSet, 0).Selections);
        }

        Report(_aliases > _limits.MaxAliases, ErrorCodes.TooManyAliases, $"The document has more than {_limits.MaxAliases} aliased fields (the server's maximum); split it into several requests.");
        Report(expanded > _limits.MaxSelections, ErrorCodes.DocumentTooComplex, $"The document selects more than {_limits.MaxSelections} fields once its fragments are spread (Roadmap:Api:MaxSelections, or MaxGetSelections over GET); split it into several requests.");
        Report(_tooDeep, ErrorCodes.DocumentTooComplex, $"Fragment spreads nest more than {_limits.MaxFragmentDepth} deep (Roadmap:Api:MaxFragmentDepth).");
        Report(_tooWide, ErrorCodes.DocumentTooComplex, $"A field, fragment or operation carries more than {MaxPerNode} directives, arguments, input fields or variables.");
        Report(_longest > _limits.MaxStringLength, ErrorCodes.BadUserInput, TooLong(_longest, _limits));
        return _errors;
    }

    // The document as written: aliases, fields and wide nodes, every selection set once.
    private void Walk(GraphQLSelectionSet? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            Tick();
            switch (selection)
            {
                case GraphQLField field:
                    _fields++;
                    _aliases += field.Alias is null ? 0 : 1;
                    Wide(field.Arguments?.Count);
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        Value(argument.Value);
                    }

                    Directives(field.Directives);
                    Walk(field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Directives(inline.Directives);
                    Walk(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    Directives(spread.Directives);
                    break;
            }
        }
    }

    // Fields selected with fragments spread, and how many levels of fragments nest below; each fragment is measured once.
    // chain is the number of fragments on the path from the operation to here.
    private (long Selections, int Height) Measure(GraphQLSelectionSet? selectionSet, int chain)
    {
        var (selections, height) = (0L, 0);
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            Tick();
            var (more, below) = selection switch
            {
                GraphQLField field => Measure(field.SelectionSet, chain),
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, chain),
                GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, chain + 1),
                _ => (0L, 0),
            };
            // Saturates instead of overflowing: past the budget the exact count no longer matters.
            selections = Math.Min(selections + more + (selection is GraphQLField ? 1 : 0), long.MaxValue / 2);
            height = Math.Max(height, below);
            if (_tooDeep)
            {
                break;
            }
        }

        return (selections, height);
    }

    private (long Selections, int Height) Spread(string name, int chain)
    {
        if (chain > _limits.MaxFragmentDepth)
        {
            _tooDeep = true; // and stop descending: a chain of thousands of fragments must not recurse thousands deep
            return (0, 0);
        }

        if (_measured.TryGetValue(name, out var known))
        {
            _tooDeep |= chain - 1 + known.Height > _limits.MaxFragmentDepth;
            return known;
        }

        // An unknown fragment or a cycle is graphql-dotnet's to report; here it counts nothing.
        if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
        {
            return (0, 0);
        }

        var inner = Measure(fragment.SelectionSet, chain);
        _measuring.Remove(name);
        var measured = (inner.Selections, inner.Height + 1);
        if (!_tooDeep)
        {
            _measured[name] = measured;
        }

        return measured;
    }

    private void Directives(GraphQLDirectives? directives)
    {
        Wide(directives?.Count);
        foreach (var directive in directives?.Items ?? [])
        {
            Wide(directive.Arguments?.Count);
            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                Value(argument.Value);
            }
        }
    }

    /// <summary>The message for a string argument over <see cref="ApiOptions.MaxStringLength"/>, in the document or in a variable.</summary>
    internal static string TooLong(int length, ApiOptions limits) =>
        $"A string argument has {length:N0} characters; at most {limits.MaxStringLength:N0} are accepted (Roadmap:Api:MaxStringLength).";

    private void Value(GraphQLValue? value)
    {
        Tick();
        switch (value)
        {
            case GraphQLStringValue text:
                // Stores would meet it in a LIKE pattern, a query parser or an index lookup, each with limits of its own.
                _longest = Math.Max(_longest, text.Value.Length);
                break;
            case GraphQLObjectValue obj:
                Wide(obj.Fields?.Count);
                foreach (var field in obj.Fields ?? [])
                {
                    Value(field.Value);
                }

                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Value(item);
                }

                break;
        }
    }

    private void Wide(int? count) => _tooWide |= count > MaxPerNode;

    private void Tick()
    {
        if (++_nodes % 1024 == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Report(bool exceeded, string code, string message)
    {
        if (exceeded)
        {
            _errors.Add(ErrorCodes.Error(code, message));
        }
    }
}
