using Roadmap.Core.Analysis;

namespace Roadmap.Application.Analysis;

/// <summary>
/// Where the live analysis stands, for editors wondering whether what they see is current: the last live run, how many
/// graph changes it has not analysed yet, and whether editors' decisions wait for the next run.
/// </summary>
public sealed record AnalysisStatus(AnalysisRun? LastRun, long ChangesPending, bool DecisionsPending);
