using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Roadmap.Api.GraphQL.Execution;

/// <summary>The <c>first</c>/<c>limit</c> argument of list fields, checked against <c>Roadmap:Api:MaxPageSize</c> while the document is validated.</summary>
internal static class PageSize
{
    /// <summary>Set once at start from the options; every list field reads it.</summary>
    public static int Max { get; set; } = 100;

    public static FieldBuilder<TSource, TReturn> PageArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name, int defaultValue, string description) =>
        field.Argument<IntGraphType>(name, arg =>
        {
            arg.DefaultValue = defaultValue;
            arg.Description = description + " (at most the server's maximum page size, 100 by default)";
            arg.Validate(value =>
            {
                if (value is int n && (n < 0 || n > Max))
                {
                    throw new ArgumentOutOfRangeException(name, n, $"{name} must be between 0 and {Max} (the maximum page size); got {n}");
                }
            });
        });

    public static int Read(IResolveFieldContext context, string name, int defaultValue) =>
        Math.Clamp(context.GetArgument(name, defaultValue), 0, Max);
}
