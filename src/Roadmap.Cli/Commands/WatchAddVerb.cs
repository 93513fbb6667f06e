using System.CommandLine;
using Roadmap.Application.Errors;
using Roadmap.Application.Watches;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Core.Watches;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap watch add</c>: a new watch owned by <c>local</c>; prints its id, feed path and webhook secret.</summary>
internal static class WatchAddVerb
{
    public static Command Create(CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "What to call it", Required = true };
        var body = new Option<string[]>("--body") { Description = "Body codes (ISO, ITU-T, …)", AllowMultipleArgumentsPerToken = true };
        var committee = new Option<string[]>("--committee") { Description = "Committees, each with its subtree", AllowMultipleArgumentsPerToken = true };
        var kind = new Option<DocumentKind[]>("--kind") { Description = "Document kinds (Standard, Recommendation, TechnicalReport, …)", AllowMultipleArgumentsPerToken = true };
        var transition = new Option<LifecycleStage[]>("--transition") { Description = "Stages a document enters (Proposed, InDevelopment, Published, UnderReview, Superseded, Withdrawn, Deleted)", AllowMultipleArgumentsPerToken = true };
        var topic = new Option<string[]>("--topic") { Description = "Topic ids, each with its subtopics", AllowMultipleArgumentsPerToken = true };
        var designation = new Option<string?>("--designation") { Description = "A regular expression over the designation (any case)" };
        var query = new Option<string?>("--query") { Description = "A search query the document must match" };
        var gaps = new Option<bool>("--gaps") { Description = "Gap status changes (within --topic when given)" };
        var overlaps = new Option<string[]>("--overlaps") { Description = "New overlaps involving these committees", AllowMultipleArgumentsPerToken = true };
        var document = new Option<string[]>("--document") { Description = "Hand-picked documents (keys)", AllowMultipleArgumentsPerToken = true };
        var significant = new Option<bool>("--significant-only") { Description = "Only significant transitions (schema/significant-transitions.csv), new documents and editions" };
        var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL that gets each event as a signed POST" };
        var email = new Option<string?>("--email") { Description = "Where digests go" };
        var digest = new Option<DigestSchedule>("--digest") { Description = "None, Immediate, Daily or Weekly (with --email)" };
        var json = GlobalOptions.Json("the new watch");
        var command = new Command("add", "Add a watch; its events appear after the change pipeline's next pass")
        {
            name, body, committee, kind, transition, topic, designation, query, gaps, overlaps, document, significant, webhook, email, digest, json,
        };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            Uri? url = null;
            if (result.GetValue(webhook) is { } text && !Uri.TryCreate(text, UriKind.Absolute, out url))
            {
                await console.Error.WriteLineAsync($"error: --webhook '{text}' is not an absolute URL");
                return ExitCodes.BadUsage;
            }

            var email1 = result.GetValue(email);
            var command1 = new CreateWatchCommand
            {
                Name = result.GetValue(name)!,
                Rules = new WatchRules
                {
                    Bodies = WatchCommand.Parsed(result.GetValue(body)),
                    Committees = WatchCommand.Parsed(result.GetValue(committee)),
                    Kinds = WatchCommand.Parsed(result.GetValue(kind)),
                    Transitions = WatchCommand.Parsed(result.GetValue(transition)),
                    Topics = WatchCommand.Parsed(result.GetValue(topic)),
                    DesignationPattern = result.GetValue(designation),
                    Query = result.GetValue(query),
                    GapStatusChanges = result.GetValue(gaps),
                    OverlapCommittees = WatchCommand.Parsed(result.GetValue(overlaps)),
                },
                Documents = WatchCommand.Parsed(result.GetValue(document)),
                SignificantOnly = result.GetValue(significant),
                WebhookUrl = url,
                Email = email1,
                Digest = result.GetResult(digest) is null && email1 is not null ? DigestSchedule.Daily : result.GetValue(digest),
            };
            Watch watch;
            try
            {
                var (service, state) = await WatchCommand.OpenAsync(result, ct);
                await using (state)
                {
                    watch = await service.CreateAsync(WatchCaller.Local, command1, ct);
                }
            }
            catch (InvalidInputException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.BadUsage;
            }

            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(WatchCommand.Shape(watch));
                return ExitCodes.Ok;
            }

            await console.Out.WriteLineAsync($"Added watch {watch.Id} ('{watch.Name}').");
            await console.Out.WriteLineAsync($"Feed (give the service's address before it): /feeds/watches/{watch.Id}.atom?token={watch.Delivery.FeedToken}");
            if (watch.Delivery.WebhookSecret is { } secret)
            {
                await console.Out.WriteLineAsync($"Webhook secret (checks X-Roadmap-Signature): {secret}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
