namespace Roadmap.Search.Indexing;

/// <summary>
/// Field names. The unprefixed ones are the names advanced queries use (<c>title:ledger</c>, <c>body:iso</c>); the
/// <c>_</c>-prefixed ones are internal forms of the same values.
/// </summary>
internal static class IndexFields
{
    /// <summary>The document key, exact: the update and delete term.</summary>
    public const string Key = "key";

    /// <summary>Designation, key and edition ids, tokenised into letter and digit runs.</summary>
    public const string Designation = "designation";

    public const string Title = "title";

    public const string Scope = "scope";

    /// <summary>The title without series boilerplate (<see cref="Core.Documents.TitleSubject"/>), stemmed: what classification rules read.</summary>
    public const string Subject = "subject";

    /// <summary>The same subject, unstemmed, for words that stem alike but mean different things.</summary>
    public const string SubjectExact = "exact";

    /// <summary>Lower-cased body code.</summary>
    public const string Body = "body";

    /// <summary>Lower-cased committee key and every ancestor, so a filter on a committee includes its subcommittees.</summary>
    public const string Committee = "committee";

    /// <summary>Lower-cased stage name, e.g. <c>published</c>.</summary>
    public const string Stage = "stage";

    /// <summary>Four-digit year as text: exact and range queries both work on it.</summary>
    public const string Year = "year";

    public const string Topic = "topic";

    /// <summary>Designation, key and edition ids, lower-cased with collapsed spaces, for exact matches.</summary>
    public const string DesignationExact = "_dsg_exact";

    /// <summary>Designation cores (<see cref="Analysis.DesignationForms.Core"/>): the identity without body, type or edition.</summary>
    public const string DesignationCore = "_dsg_core";

    /// <summary>The whole title lower-cased, for prefix suggestions.</summary>
    public const string TitleKeyword = "_title_kw";

    public const string SortDesignation = "_sort_dsg";

    /// <summary>
    /// The document key as a sorted doc value: the last sort key of every ranking, so equal scores (or equal designations)
    /// come in key order on any index holding the same documents, whatever order they were written in.
    /// </summary>
    public const string SortKey = "_sort_key";

    public const string StoredDesignation = "_designation";
    public const string StoredBody = "_body";
    public const string StoredCommittee = "_committee";
    public const string StoredStage = "_stage";
    public const string StoredYear = "_year";
    public const string Hash = "_hash";

    /// <summary>A hit's display values in one binary doc value (<see cref="HitDisplay"/>).</summary>
    public const string Display = "_display";

    public const string FacetBody = "_f_body";
    public const string FacetCommittee = "_f_committee";
    public const string FacetStage = "_f_stage";
    public const string FacetTopic = "_f_topic";
    public const string FacetYear = "_f_year";

    public static string FacetField(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Body => FacetBody,
        FacetDimension.Committee => FacetCommittee,
        FacetDimension.Stage => FacetStage,
        FacetDimension.Topic => FacetTopic,
        FacetDimension.Year => FacetYear,
    };
}
