using System.Globalization;
using System.Text;

namespace Roadmap.SampleMaker;

/// <summary>
/// Renders samples/README.md from the run itself, so the counts and sizes it states can never drift from the files
/// (the reproduction test compares it byte for byte like the data).
/// </summary>
internal static class ReadmeWriter
{
    public const string FileName = "README.md";

    public static string Render(SampleReport report)
    {
        var md = new StringBuilder();
        md.Append(Header);
        md.Append("\n## Files\n\n| file | lines | bytes | what it is |\n|---|---|---|---|\n");
        foreach (var file in report.Files)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{file.Name}` | {file.Lines} | {file.Bytes} | {Describe(file.Name)} |\n");
        }

        md.Append("\n## Counts per body and stage group\n\n");
        md.Append("ISO lines are grouped by harmonized stage code; catalogue lines by the source's own status word ");
        md.Append("(ITU-T `Published` = in force, `Withdrawal` = superseded or withdrawn; ETSI records carry no status).\n\n");
        md.Append("| body | stage group / status | records |\n|---|---|---|\n");
        foreach (var row in report.Counts)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {row.Body} | {row.Group} | {row.Count} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"| **total** | | **{report.Total}** |\n");
        md.Append("\nCommittees per body: ");
        md.AppendJoin(" · ", report.Committees.Select(c => $"{c.Body} {c.Count}")).Append('\n');
        md.Append(Rules);
        return md.ToString();
    }

    private static string Describe(string file) => file switch
    {
        SampleMaker.IsoFile => "ISO deliverables, one line per iso.org id, in the ISO Open Data feed format (same keys, same order); `scope` null",
        SampleMaker.ProvenanceFile => "sidecar for the same ids: `id, reference, publishedMonth, stage` (the feed's `publicationDate` stays null; the month is here)",
        SampleMaker.CatalogueFile => "ITU-T, ETSI, IEEE and W3C records in the neutral catalogue schema; `abstract` null, relations filtered",
        SampleMaker.CommitteesFile => "`{key, body, title, parent, studyPeriod}` for every committee the records above name, with their parents",
        _ => "",
    };

    private const string Header =
        """
        # Demo sample data (generated, facts only)

        This folder is the small dataset that `./roadmap demo` loads on a machine without the shared corpus. It is
        **generated**; do not edit it by hand. Regenerate it from the repository root with:

        ```
        dotnet run --project tools/Roadmap.SampleMaker -- --shared ../shared/sdo --out samples
        ```

        The output is byte-identical across runs (stable order, `\n` line ends, UTF-8 without BOM), and
        `tests/Roadmap.SampleMaker.Tests` checks that the committed files are exactly what the tool produces.

        **Facts only.** The records are taken from the public relaton/relaton-data-* repositories (ISO @ 87c31d3,
        ITU @ daa9deb, ETSI @ 1a18b1b, IEEE @ 3bd8be0, W3C @ 723e8a3; see `shared/sdo/README.md` for the full commits
        and paths). Those repositories have no licence file, so only facts are kept: designation/reference, title,
        dates, status/stage, edition, committee, ICS, relations, URLs and ids. Every scope, abstract and other
        descriptive text is set to `null`. Each catalogue line keeps `source`, the upstream relaton file it came from.

        """;

    private const string Rules =
        """

        ## Selection rules

        `dlt_standards_truth.csv` is the hand-checked DLT table of shared/sdo. Its designations are matched ignoring case
        and white space: ISO and ISO/IEC rows against `reference`; ITU-T, ETSI, IEEE and W3C rows against `docid`, or,
        when no docid matches, against `designation` (all editions).

        **ISO (`iso_deliverables_metadata.jsonl`)**, ordered by id:
        - every record whose `ownerCommittee` is `ISO/TC 307` or starts with `ISO/TC 307/`;
        - every `ISO/IEC JTC 1/SC 27` record that is published or under development (`currentStage` < 9599 and not
          x.98), plus the records named in its `replaces` (its withdrawn predecessors);
        - every record whose English title mentions "blockchain" or "distributed ledger" (case-insensitive);
        - every ISO and ISO/IEC designation of the truth table.

        `publicationDate`, `languages` and `pages` are null as in the shared file; `scope` is set to null.
        `iso_deliverables_provenance.jsonl` has the sidecar line of each selected id, with `source`, `otherSources` and
        `relatonDoctype` dropped.

        **Catalogue (`catalogue.jsonl`)**, ordered by SDO (ITU-T, ETSI, IEEE, W3C), designation, docid:
        - ITU-T: records of committee `SG17` whose designation is X.500–X.599 or X.1000–X.1999 (amendments and
          corrigenda included) and whose status is `Published` (in force); for a designation with no edition in force,
          its newest edition. Plus every ITU-T record, any series, whose title matches the DLT keywords. Plus the truth
          table.
        - ETSI: committee containing "Permissioned Distributed Ledger", or designation containing " PDL ". Plus the
          truth table.
        - IEEE: committee containing "Blockchain", or a title matching the DLT keywords. Plus the truth table.
        - W3C: designations `W3C did-*` and `W3C vc-*` (every dated and undated record), or a title matching the DLT
          keywords. Plus the truth table.

        DLT keywords (case-insensitive unless noted): blockchain, distributed ledger, smart contract, decentralized/
        decentralised identif…, verifiable credential, digital currenc…, digital ledger, crypto-asset/cryptoasset, and
        the acronym `DLT` as a whole word (case-sensitive).

        Relations: only `identicalTo`, `hasEdition`, `obsoletes`, `obsoletedBy`, `revises`, `editionOf` and
        `adoptedFrom` are kept, and only when the target is in the sample (a catalogue docid or designation, an ISO
        reference, or, for ITU-T `identicalTo`, an ISO base reference without its year). Otherwise `relations` is `[]`.
        `abstract` is set to null; every other field is as in the shared file.

        **Committees (`committees.jsonl`)**, ordered by key:
        - ISO: each `ownerCommittee` of the ISO lines and its parents (`ISO/TC 307/WG 2` → `ISO/TC 307`,
          `ISO/IEC JTC 1/SC 27` → `ISO/IEC JTC 1`), titles from `iso_technical_committees.jsonl.gz`.
        - ITU-T: the catalogue's `SG17` becomes key `ITU-T SG17` (`TSAG` → `ITU-T TSAG`). Names are stated in
          `tools/Roadmap.SampleMaker/ItuCommitteeFacts.cs`; `studyPeriod` is the period the name belongs to (SG16 and
          SG9 ended with 2022-2024, when their work moved to SG21), and a name not known for certain is null. The DLT
          Question `ITU-T Q14/17` is listed under `ITU-T SG17`.
        - ETSI: `Permissioned Distributed Ledger` becomes `ETSI ISG PDL`; any other group is `ETSI <name>`.
        - IEEE: `IEEE <sponsor>`, the sponsor string verbatim (HTML entities included) so it maps back unchanged.
        - W3C: `W3C <working group>`; the source placeholder `UNKNOWN WORKING GROUP` is not a committee and is skipped.

        The catalogue lines keep the source's committee string (`SG17`, `Permissioned Distributed Ledger`, …); the
        mapping above turns it into the committee key.
        """;
}
