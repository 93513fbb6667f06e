namespace Roadmap.Ingest;

/// <summary>Turns one line of a feed into graph records. Pure: no I/O, never throws for bad input.</summary>
public interface IRecordMapper
{
    /// <summary>The source name recorded with every change, e.g. <c>iso-open-data</c>.</summary>
    string Source { get; }

    MappedRecord Map(string line, ImportContext context);
}
