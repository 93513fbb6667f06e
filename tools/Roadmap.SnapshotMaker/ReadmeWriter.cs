namespace Roadmap.SnapshotMaker;

/// <summary>The snapshot's README: what it is, how it was made, and what is not real about it.</summary>
internal static class ReadmeWriter
{
    public static void Write(string output, int ituPages, int listings, int isoPages) =>
        File.WriteAllText(Path.Combine(output, "README.md"), $"""
            # Demo crawl snapshot (generated, facts only)

            An offline crawl snapshot that `./roadmap demo` (and `roadmap crawl --from samples/snapshot`) replays through the
            real ITU-T and ISO parsers. **Generated; do not edit.** Regenerate from the repository root with:

            ```
            dotnet run --project tools/Roadmap.SnapshotMaker -- --samples samples --out samples/snapshot
            ```

            - `manifest.json`: the seeds per source and, per URL, the file, content type and ETag of each recorded response.
            - {ituPages} ITU-T pages in the `rec.aspx` format (one per edition in `catalogue.jsonl`) and {listings} series listings.
            - {isoPages} iso.org standard pages (one per line of `iso_deliverables_metadata.jsonl`) and the ISO/TC 307 catalogue.

            The pages are our own minimal HTML skeletons carrying the element ids, classes and microdata the parsers read on
            the real sites; the values are the sample's facts (designations, titles, dates, statuses, stages, committees,
            ICS, replaces/replaced by). No page text was copied; there are no summaries or abstracts.

            What differs from the live sites, on purpose:
            - `rec.aspx?rec=` carries the edition's T-REC code, not itu.int's numeric id, which the samples do not have.
            - relaton's `Withdrawal` is written as `Superseded` when a newer edition of the same Recommendation exists, else
              as `Withdrawn`; a record without a status has an empty status (read as "approved, status not given").
            - Only ISO/TC 307 has a catalogue page (its iso.org id is the one the samples know); the other ISO standards are
              seed pages of their own.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
}
