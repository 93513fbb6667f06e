using System.Net.Mail;
using Roadmap.Application.Errors;

namespace Roadmap.Application.Watches;

/// <summary>The checks a watch's definition passes before it is stored; each failure says what to fix.</summary>
internal static class WatchValidation
{
    public const int MaxNameLength = 200;

    public static void Check(CreateWatchCommand command, IWatchFacts facts)
    {
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Length > MaxNameLength)
        {
            throw new InvalidInputException($"a watch needs a name of 1 to {MaxNameLength} characters");
        }

        var rules = command.Rules;
        if (!rules.HasDocumentRules && command.Documents.Count == 0 && !rules.GapStatusChanges && rules.OverlapCommittees.Count == 0)
        {
            throw new InvalidInputException("a watch needs a rule (body, committee, kind, transition, topic, designation pattern, query, gaps or overlaps) or a document");
        }

        if (Core.Watches.WatchMatcher.ValidatePattern(rules.DesignationPattern) is { } pattern)
        {
            throw new InvalidInputException($"the designation pattern is not a regular expression: {pattern}");
        }

        if (!string.IsNullOrWhiteSpace(rules.Query) && facts.ValidateQuery(rules.Query) is { } query)
        {
            throw new InvalidInputException($"the query does not parse: {query}");
        }

        if (rules.Topics.FirstOrDefault(t => !facts.TopicExists(t)) is { } topic)
        {
            throw new InvalidInputException($"unknown topic '{topic}'");
        }

        if (command.WebhookUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            throw new InvalidInputException($"the webhook URL must be an absolute http(s) URL, got '{url}'");
        }

        if (command.Email is { } email && !MailAddress.TryCreate(email, out _))
        {
            throw new InvalidInputException($"'{email}' is not an e-mail address");
        }

        if (command.Digest != Core.Watches.DigestSchedule.None && command.Email is null)
        {
            throw new InvalidInputException("a digest needs an e-mail address");
        }
    }
}
