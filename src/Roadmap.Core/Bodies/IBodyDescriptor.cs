using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies;

/// <summary>
/// What Roadmap knows about one standards body, kept in the body's folder under <c>Core/Bodies/</c>: its codes, how
/// its designations read and how its status words map onto the common lifecycle. <see cref="BodyRegistry"/> lists them.
/// </summary>
public interface IBodyDescriptor
{
    /// <summary>The body and the bodies that publish under its grammar, the body first (ISO's folder also holds IEC and ISO/IEC JTC 1).</summary>
    IReadOnlyList<StandardsBody> Bodies { get; }

    DesignationGrammar Designations { get; }

    /// <summary>Null when no feed Roadmap reads states this body's lifecycle (IETF).</summary>
    LifecycleMapping? Lifecycle { get; }
}
