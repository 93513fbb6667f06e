namespace Roadmap.Crawlers.Fetching;

/// <summary>The connect step refused every address of a host; not transient, so it is never retried.</summary>
internal sealed class AddressRefusedException(string reason) : Exception(reason);
