using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Tests.Documents;

/// <summary>Which edition is current, on the shapes of real catalogue records (facts only: ids, statuses, dates).</summary>
public sealed class DocumentEditionsTests
{
    [Fact]
    public void Create_W3cReportRetiredAfterItsLastDraft_IsWithdrawnByTheRetirement()
    {
        // Arrange: W3C vc-jws-2020 — working drafts to 2023-06-29, retired 2024-07-02, and the undated latest-version record.
        Edition[] editions =
        [
            W3c("W3C WD-vc-jws-2020-20221208", "First Public Working Draft", "2022-12-08"),
            W3c("W3C WD-vc-jws-2020-20230629", "Working Draft", "2023-06-29"),
            W3c("W3C DISC-vc-jws-2020-20240702", "Retired", "2024-07-02"),
            W3c("W3C vc-jws-2020", "Working Draft", null),
        ];

        // Act
        var document = DocumentEditions.Create("W3C vc-jws-2020", "W3C", DocumentKind.Note, editions);

        // Assert
        (document.Designation, document.Lifecycle.Stage, document.Lifecycle.Code).ShouldBe(("W3C DISC-vc-jws-2020-20240702", LifecycleStage.Withdrawn, "Retired"));
    }

    [Fact]
    public void Create_W3cReportRetiredThenRepublished_TheNewerRecommendationStands()
    {
        Edition[] editions =
        [
            W3c("W3C DISC-x-20200101", "Retired", "2020-01-01"),
            W3c("W3C REC-x-20230101", "Recommendation", "2023-01-01"),
        ];

        var document = DocumentEditions.Create("W3C x", "W3C", DocumentKind.Recommendation, editions);

        document.Lifecycle.Stage.ShouldBe(LifecycleStage.Published);
    }

    [Fact]
    public void Create_IeeeDraftInactiveDaysAfterApproval_TheApprovedStandardStands()
    {
        // Arrange: IEEE 2144.1 — Std 2144.1-2020 active from 2021-01-20, its draft D-3 inactive dated 2021-01-26.
        Edition[] editions =
        [
            Ieee("IEEE P2144.1/D-2-2020-07", "Inactive", "2020-07-20"),
            Ieee("IEEE P2144.1/D-3-2020-08", "Inactive", "2021-01-26"),
            Ieee("IEEE Std 2144.1-2020", "Active", "2021-01-20"),
        ];

        // Act
        var document = DocumentEditions.Create("IEEE 2144.1", "IEEE", DocumentKind.Standard, editions);

        // Assert
        (document.Designation, document.Lifecycle.Stage).ShouldBe(("IEEE Std 2144.1-2020", LifecycleStage.Published));
    }

    [Fact]
    public void Create_ItuEditionsWithoutStatus_TheOlderIsSupersededByTheNewer()
    {
        // Arrange: ITU-T X.1400 — the catalogue dates 10/2020 and 03/2026 and gives neither a status.
        Edition[] editions = [Itu("ITU-T X.1400 (10/2020)", "2020-10-29"), Itu("ITU-T X.1400 (03/2026)", "2026-03-16")];

        // Act
        var document = DocumentEditions.Create("ITU-T X.1400", "ITU-T", DocumentKind.Recommendation, editions);
        var again = DocumentEditions.Merge(document, DocumentEditions.Create("ITU-T X.1400", "ITU-T", DocumentKind.Recommendation, [editions[0]]));

        // Assert: the newer is current and in force; the older superseded; a re-import of the older line changes nothing.
        (document.Designation, document.Lifecycle.Stage).ShouldBe(("ITU-T X.1400 (03/2026)", LifecycleStage.Published));
        document.Editions.Single(e => e.Id == "ITU-T X.1400 (10/2020)").Lifecycle.Stage.ShouldBe(LifecycleStage.Superseded);
        again.ShouldBe(document);
    }

    private static Edition Itu(string id, string date) => new()
    {
        Id = id,
        Title = "ITU-T X.1400",
        Lifecycle = new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, ItuStatuses.ApprovedStatusNotGiven),
        Published = PartialDate.Parse(date),
    };

    [Fact]
    public void Merge_IeeeDraftsAsStandardAndTheApprovedRecommendedPractice_IsARecommendedPracticeInEitherOrder()
    {
        // Arrange: IEEE 2145 — drafts titled "Draft Standard for …", the approved text a "Recommended Practice for …".
        var drafts = DocumentEditions.Create("IEEE 2145", "IEEE", DocumentKind.Standard, [Ieee("IEEE P2145/D-1", "Inactive", "2023-01-01")]);
        var approved = DocumentEditions.Create("IEEE 2145", "IEEE", DocumentKind.RecommendedPractice, [Ieee("IEEE Std 2145-2023", "Active", "2024-01-01")]);

        // Act
        var one = DocumentEditions.Merge(drafts, approved);
        var other = DocumentEditions.Merge(approved, drafts);

        // Assert
        (one.Kind, other.Kind).ShouldBe((DocumentKind.RecommendedPractice, DocumentKind.RecommendedPractice));
    }

    private static Edition W3c(string id, string status, string? date) => new()
    {
        Id = id,
        Title = "Verifiable Credentials — JSON Web Signature 2020",
        Lifecycle = OtherStatuses.MapW3c(status),
        Published = date is null ? null : PartialDate.Parse(date),
    };

    private static Edition Ieee(string id, string status, string date) => new()
    {
        Id = id,
        Title = "Framework of Blockchain-based Internet of Things (IoT) Data Management",
        Lifecycle = OtherStatuses.MapIeee(status),
        Published = PartialDate.Parse(date),
    };
}
