namespace Roadmap.Core.Designations;

/// <summary>An amendment (<c>Amd</c>), corrigendum (<c>Cor</c>), addendum (<c>Add</c>) or supplement (<c>Suppl</c>) of a base document.</summary>
public sealed record DesignationSupplement(string Type, string Number, int? Year);
