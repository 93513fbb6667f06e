using Roadmap.Application.Watches;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>The GraphQL input of <c>createWatch</c>/<c>updateWatch</c>.</summary>
internal sealed record WatchInput
{
    public required string Name { get; init; }

    public List<string>? Bodies { get; init; }

    public List<string>? Committees { get; init; }

    public List<DocumentKind>? Kinds { get; init; }

    public List<LifecycleStage>? Transitions { get; init; }

    public List<string>? Topics { get; init; }

    public string? DesignationPattern { get; init; }

    public string? Query { get; init; }

    public bool? GapStatusChanges { get; init; }

    public List<string>? OverlapCommittees { get; init; }

    public List<string>? Documents { get; init; }

    public bool? SignificantOnly { get; init; }

    public string? WebhookUrl { get; init; }

    public string? Email { get; init; }

    public DigestSchedule? Digest { get; init; }

    public CreateWatchCommand ToCommand() => new()
    {
        Name = Name,
        Rules = new WatchRules
        {
            Bodies = Bodies ?? [],
            Committees = Committees ?? [],
            Kinds = Kinds ?? [],
            Transitions = Transitions ?? [],
            Topics = Topics ?? [],
            DesignationPattern = string.IsNullOrWhiteSpace(DesignationPattern) ? null : DesignationPattern,
            Query = string.IsNullOrWhiteSpace(Query) ? null : Query,
            GapStatusChanges = GapStatusChanges ?? false,
            OverlapCommittees = OverlapCommittees ?? [],
        },
        Documents = Documents ?? [],
        SignificantOnly = SignificantOnly ?? false,
        WebhookUrl = string.IsNullOrWhiteSpace(WebhookUrl) ? null
            : Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) ? url
            : throw new Roadmap.Application.Errors.InvalidInputException($"'{WebhookUrl}' is not an absolute URL"),
        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        Digest = Digest ?? DigestSchedule.None,
    };
}
