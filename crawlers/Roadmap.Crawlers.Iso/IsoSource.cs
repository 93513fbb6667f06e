using Roadmap.Crawlers.Iso.Parsers;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Iso;

/// <summary>
/// ISO: committee catalogues (published and under development) discover standard pages. The defaults are ISO/TC 307
/// and the ISO/IEC JTC 1 subcommittees SC 27, SC 38, SC 41 and SC 42. The Open Data feed stays the bulk path.
/// </summary>
public sealed class IsoSource : ICrawlSource
{
    public const string SourceName = "iso";

    /// <summary>iso.org committee ids: TC 307, JTC 1/SC 27, SC 38, SC 41, SC 42.</summary>
    public static readonly IReadOnlyList<int> DefaultCommittees = [6266604, 45306, 601355, 6483279, 6794475];

    public string Name => SourceName;

    public IReadOnlyList<PageLink> DefaultSeeds { get; } =
        DefaultCommittees.Select(id => new PageLink(new Uri($"https://www.iso.org/committee/{id}/x/catalogue/p/1/u/1/w/0/d/0"), PageKinds.IsoCatalogue)).ToList();

    public IReadOnlyCollection<IPageParser> Parsers { get; } = [new IsoStandardParser(), new IsoCatalogueParser()];

    // The catalogues configured are the scope: everything they list is followed.
    public bool Follows(PageLink link, SourceSettings settings) => true;
}
