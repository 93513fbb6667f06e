using Roadmap.Core.Graph;

namespace Roadmap.Application.Migration;

/// <summary>What one part of a migration did: records written to the target, and those it already had (left as they are).</summary>
public sealed record MigrationPart(string Name, int Copied, int AlreadyThere, string? Note = null);

/// <summary>What <see cref="StoreMigration"/> moved, part by part; a repeat reports nothing copied.</summary>
public sealed record MigrationReport(CopyReport Graph, IReadOnlyList<MigrationPart> Parts);
