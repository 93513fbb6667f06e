using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.GraphQL.Validation;

/// <summary>Caps the aliased fields of one document (<c>Roadmap:Api:MaxAliases</c>), so one request cannot fan out into thousands of resolver calls.</summary>
internal sealed class MaxAliasesRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxAliases;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, $"The document has more than {max} aliased fields (the server's maximum); split it into several requests.", field)
                {
                    Code = ErrorCodes.TooManyAliases,
                });
            }
        }));
    }
}
