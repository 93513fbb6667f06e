using System.CommandLine;
using System.Globalization;
using System.Text;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Errors;
using Roadmap.Application.Search;
using Roadmap.Core.Lifecycle;
using Roadmap.Search;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap search "&lt;text&gt;"</c>: full-text search with filters, facets and highlighted titles.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string>("text") { Description = "What to look for: words, a phrase, or a designation such as \"X.1401\" or \"TR 23455\"", DefaultValueFactory = _ => string.Empty };
        var filters = new Option<string[]>("--filter") { Description = "body=ISO, committee=\"ISO/TC 307\", stage=Published, topic=ID (its subtopics included), year=2019 or year=2018..2020 (repeatable)", AllowMultipleArgumentsPerToken = false };
        var facets = new Option<bool>("--facets") { Description = "Count results by body, committee, stage, topic and year" };
        var limit = new Option<int>("--limit") { Description = $"Results to show (1–{SearchRequest.MaxLimit})", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Results to skip" };
        var advanced = new Option<bool>("--advanced") { Description = "Lucene query syntax: title:ledger AND body:ITU-T, \"smart contract\"~2, secur*" };
        var json = GlobalOptions.Json("the results");
        var command = new Command("search", "Search the documents") { text, filters, facets, limit, offset, advanced, json };
        limit.Validators.Add(r =>
        {
            if (r.TryValue<int>(out var value) && value is < 1 or > SearchRequest.MaxLimit)
            {
                r.AddError($"--limit must be between 1 and {SearchRequest.MaxLimit}");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            SearchFilters given;
            try
            {
                given = ParseFilters(result.GetValue(filters) ?? []);
            }
            catch (ArgumentException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.BadUsage;
            }

            var data = GlobalOptions.DataPath(result);
            await using var store = await StoreFactory.OpenAsync(data, ct);
            var (index, _) = await SearchIndexes.OpenToReadAsync(console, data, store, ct);
            using (index)
            {
                // The bundled taxonomy, as analyze uses it: it checks a topic filter and widens it to the subtopics.
                var taxonomy = TaxonomyLoader.LoadDefault(index);
                var request = new SearchRequest
                {
                    Text = result.GetValue(text),
                    Mode = result.GetValue(advanced) ? SearchMode.Advanced : SearchMode.Simple,
                    Limit = result.GetValue(limit),
                    Offset = Math.Max(0, result.GetValue(offset)),
                    IncludeFacets = result.GetValue(facets),
                };
                try
                {
                    request = request with { Filters = TopicSearch.Resolve(given, taxonomy) };
                }
                catch (InvalidInputException ex)
                {
                    await console.Error.WriteLineAsync($"error: {ex.Message}");
                    return ExitCodes.BadUsage;
                }

                var found = TopicSearch.Label(index.Search(request), taxonomy);
                if (result.GetValue(json))
                {
                    await console.WriteJsonAsync(found);
                }
                else
                {
                    Print(console, found, request);
                }

                return found.Succeeded ? ExitCodes.Ok : ExitCodes.BadUsage;
            }
        }));
        return command;
    }

    /// <exception cref="ArgumentException">A filter is not <c>name=value</c> with a known name.</exception>
    internal static SearchFilters ParseFilters(IEnumerable<string> filters)
    {
        var result = SearchFilters.None;
        foreach (var filter in filters)
        {
            var split = filter.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new ArgumentException($"--filter '{filter}' must be name=value");
            }

            var (name, value) = (filter[..split].Trim().ToLowerInvariant(), filter[(split + 1)..].Trim());
            result = name switch
            {
                "body" => result with { Body = value },
                "committee" => result with { Committee = value },
                "topic" => result with { Topic = value },
                "stage" or "lifecycle" => result with { Stage = Enum.TryParse<LifecycleStage>(value, ignoreCase: true, out var stage) ? stage : throw new ArgumentException($"unknown stage '{value}' (one of {string.Join(", ", Enum.GetNames<LifecycleStage>())})") },
                "year" => WithYears(result, value),
                _ => throw new ArgumentException($"unknown filter '{name}' (body, committee, stage, topic, year)"),
            };
        }

        return result;
    }

    private static SearchFilters WithYears(SearchFilters filters, string value)
    {
        var parts = value.Split("..", 2);
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? filters with { YearFrom = from, YearTo = parts.Length == 1 ? from : int.Parse(parts[1], CultureInfo.InvariantCulture) }
            : throw new ArgumentException($"year filter '{value}' must be YYYY or YYYY..YYYY");
    }

    private static void Print(CliConsole console, SearchResult found, SearchRequest request)
    {
        if (!found.Succeeded)
        {
            console.Error.WriteLine($"error: {found.Error}");
            return;
        }

        var ansi = console.Ansi;
        if (found.Notice is { } notice)
        {
            ansi.MarkupLine($"[yellow]note:[/] {Markup.Escape(notice)}");
        }

        ansi.MarkupLine($"{found.Total:N0} result(s); showing {request.Offset + 1}–{request.Offset + found.Hits.Count}");
        foreach (var hit in found.Hits)
        {
            ansi.MarkupLine($"[bold]{Markup.Escape(hit.Designation)}[/]  {Highlight(hit.TitleHtml)}");
            ansi.MarkupLine($"  [grey]{Markup.Escape(hit.Body)} · {Markup.Escape(hit.CommitteeKey ?? "—")} · {hit.Stage} · {hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "—"} · key {Markup.Escape(hit.Key)}[/]");
        }

        foreach (var (dimension, values) in found.Facets ?? new Dictionary<FacetDimension, IReadOnlyList<FacetValue>>())
        {
            ansi.MarkupLine($"[underline]{dimension}[/]: " + string.Join(" · ", values.Take(12).Select(v => $"{Markup.Escape(v.Label is { } label ? $"{label} ({v.Value})" : v.Value)} {v.Count:N0}")));
        }
    }

    // The index marks matches as HTML; on a terminal they become bold, everything else is shown as text (escaped, so a
    // title cannot carry markup of its own).
    private static string Highlight(string html)
    {
        var parts = html.Split("<mark>");
        var markup = new StringBuilder(Text(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            var end = part.IndexOf("</mark>", StringComparison.Ordinal);
            if (end < 0)
            {
                markup.Append(Text(part));
            }
            else
            {
                markup.Append("[yellow]").Append(Text(part[..end])).Append("[/]").Append(Text(part[(end + "</mark>".Length)..]));
            }
        }

        return markup.ToString();
    }

    private static string Text(string html) => Markup.Escape(System.Net.WebUtility.HtmlDecode(html));
}
