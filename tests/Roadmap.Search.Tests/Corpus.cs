using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using static Roadmap.Search.Tests.TestDocuments;

namespace Roadmap.Search.Tests;

/// <summary>DLT and security documents as the real bodies title them, plus unrelated filler that must rank below them.</summary>
internal static class Corpus
{
    public const string X1401 = "ITU-T X.1401";
    public const string X1402 = "ITU-T X.1402";
    public const string X1403 = "ITU-T X.1403";
    public const string X1404 = "ITU-T X.1404";
    public const string Iso23257 = "ISO 23257";
    public const string Tr23455 = "ISO/TR 23455";
    public const string Tr23244 = "ISO/TR 23244";
    public const string Iso22739 = "ISO 22739";
    public const string Pdl012 = "ETSI GS PDL 012";
    public const string Pdl004 = "ETSI GR PDL 004";
    public const string Ieee24182 = "IEEE 2418.2";
    public const string DidCore = "W3C did-core";
    public const string Iso27001 = "ISO/IEC 27001";

    private const string Tc307 = "ISO/TC 307";
    private const string Sc27 = "ISO/IEC JTC 1/SC 27";
    private const string Sg17 = "ITU-T SG17";
    private const string Dlt = "Blockchain and distributed ledger technologies \u2014 ";

    /// <summary>The DLT-security family that "more like X.1401" should surface above unrelated documents.</summary>
    public static readonly string[] DltSecurity = [X1402, X1403, X1404, Tr23244, Tr23455, Iso23257, Iso22739, Pdl012, Pdl004];

    public static IReadOnlyList<Document> All { get; } =
    [
        Make(X1401, "ITU-T", "ITU-T X.1401 (11/2019)", "Security threats to distributed ledger technology",
            "This Recommendation analyses security threats to distributed ledger technology (DLT). It describes threats to the ledger, consensus mechanisms, nodes and the network, and the attack surface of DLT systems.",
            Sg17, 2019),
        Make(X1402, "ITU-T", "ITU-T X.1402 (09/2020)", "Security framework for distributed ledger technology",
            "This Recommendation provides a security framework for distributed ledger technology: a security architecture, security services and security controls for DLT systems and their nodes.",
            Sg17, 2020),
        Make(X1403, "ITU-T", "ITU-T X.1403 (09/2020)", "Security guidelines for using distributed ledger technology for decentralized identity management",
            "This Recommendation gives security guidelines for decentralized identity management systems built on distributed ledger technology, and the threats to identity data on a ledger.",
            Sg17, 2020),
        Make(X1404, "ITU-T", "ITU-T X.1404 (09/2020)", "Security assurance for distributed ledger technology",
            "This Recommendation specifies security assurance for distributed ledger technology: security requirements, evaluation activities and the assurance of DLT platforms and nodes against threats.",
            Sg17, 2020),
        Make(Iso23257, "ISO", "ISO 23257:2022", Dlt + "Reference architecture",
            "This document specifies a reference architecture for blockchain and distributed ledger technology (DLT) systems. The reference architecture addresses concepts, cross-cutting aspects, architectural considerations and architecture views, including the user view, the functional view with its functional components, roles and activities, and the deployment view.",
            Tc307, 2022),
        Make(Tr23455, "ISO", "ISO/TR 23455:2019", Dlt + "Overview of and interactions between smart contracts in blockchain and distributed ledger technology systems",
            "This document provides an overview of smart contracts in blockchain and DLT systems, describing what smart contracts are and how they work, the interactions between multiple smart contracts, and their security considerations.",
            Tc307, 2019, kind: DocumentKind.TechnicalReport),
        Make(Tr23244, "ISO", "ISO/TR 23244:2020", Dlt + "Privacy and personally identifiable information protection considerations",
            "This document gives an overview of privacy and the protection of personally identifiable information (PII) in blockchain and distributed ledger technology systems.",
            Tc307, 2020, kind: DocumentKind.TechnicalReport),
        Make(Iso22739, "ISO", "ISO 22739:2024", Dlt + "Vocabulary",
            "This document defines fundamental terminology for blockchain and distributed ledger technologies.",
            Tc307, 2024, olderEditions: ["ISO 22739:2020"]),
        Make(Pdl012, "ETSI", "ETSI GS PDL 012 V1.1.1", "Permissioned Distributed Ledger (PDL); Reference Architecture",
            "The present document specifies a reference architecture for permissioned distributed ledgers, their functional blocks and interfaces.",
            "ETSI ISG PDL", 2021),
        Make(Pdl004, "ETSI", "ETSI GR PDL 004 V1.1.1", "Permissioned Distributed Ledgers (PDL); Smart Contracts; System Architecture and Functional Specification",
            "The present document describes smart contracts in permissioned distributed ledgers: their life cycle, architecture, functional specification and the security of smart contract execution.",
            "ETSI ISG PDL", 2021),
        Make(Ieee24182, "IEEE", "IEEE 2418.2-2020", "IEEE Standard Data Format for Blockchain Systems",
            "This standard defines a common data format for blockchain systems, covering blocks, transactions and their serialization.",
            "IEEE C/BDL", 2020),
        Make(DidCore, "W3C", "W3C did-core", "Decentralized Identifiers (DIDs) v1.0",
            "Decentralized identifiers (DIDs) are a new type of identifier that enables verifiable, decentralized digital identity. This specification defines DID syntax, DID documents and DID resolution.",
            "W3C DID WG", 2022),
        Make(Iso27001, "ISO", "ISO/IEC 27001:2022", "Information security, cybersecurity and privacy protection \u2014 Information security management systems \u2014 Requirements",
            "This document specifies the requirements for establishing, implementing, maintaining and continually improving an information security management system within the context of the organization.",
            Sc27, 2022, olderEditions: ["ISO/IEC 27001:2013"]),
        .. Filler(),
    ];

    private static IEnumerable<Document> Filler()
    {
        yield return Make("ISO/IEC 27002", "ISO", "ISO/IEC 27002:2022", "Information security, cybersecurity and privacy protection \u2014 Information security controls", "This document provides a reference set of generic information security controls.", Sc27, 2022);
        yield return Make("ISO/IEC 27005", "ISO", "ISO/IEC 27005:2022", "Information security, cybersecurity and privacy protection \u2014 Guidance on managing information security risks", "Guidance to assist organizations in managing information security risks.", Sc27, 2022);
        yield return Make("ISO/IEC 29100", "ISO", "ISO/IEC 29100:2024", "Information technology \u2014 Security techniques \u2014 Privacy framework", "A high-level framework for the protection of personally identifiable information.", "ISO/IEC JTC 1/SC 27", 2024);
        yield return Make("ISO/IEC 22989", "ISO", "ISO/IEC 22989:2022", "Information technology \u2014 Artificial intelligence \u2014 Artificial intelligence concepts and terminology", "Terminology and concepts for artificial intelligence systems.", "ISO/IEC JTC 1/SC 42", 2022);
        yield return Make("ISO/IEC 42001", "ISO", "ISO/IEC 42001:2023", "Information technology \u2014 Artificial intelligence \u2014 Management system", "Requirements for an artificial intelligence management system.", "ISO/IEC JTC 1/SC 42", 2023);
        yield return Make("ISO 9001", "ISO", "ISO 9001:2015", "Quality management systems \u2014 Requirements", "Requirements for a quality management system for organizations that provide products and services.", "ISO/TC 176/SC 2", 2015);
        yield return Make("ISO 14001", "ISO", "ISO 14001:2015", "Environmental management systems \u2014 Requirements with guidance for use", "Requirements for an environmental management system.", "ISO/TC 207/SC 1", 2015);
        yield return Make("ISO 31000", "ISO", "ISO 31000:2018", "Risk management \u2014 Guidelines", "Guidelines on managing risk faced by organizations.", "ISO/TC 262", 2018);
        yield return Make("ISO 8601-1", "ISO", "ISO 8601-1:2019", "Date and time \u2014 Representations for information interchange \u2014 Part 1: Basic rules", "Representations of dates and times of day in the Gregorian calendar.", "ISO/TC 154", 2019);
        yield return Make("ISO/TS 23635", "ISO", "ISO/TS 23635:2022", Dlt + "Guidelines for governance", "Guiding principles and a framework for the governance of DLT systems.", Tc307, 2022, kind: DocumentKind.TechnicalSpecification);
        yield return Make("ISO/DIS 24165-1", "ISO", "ISO/DIS 24165-1", "Digital token identifier (DTI) \u2014 Registration, assignment and structure \u2014 Part 1: Method for registration and assignment", "Registration and assignment of digital token identifiers.", "ISO/TC 68/SC 8", 2024, LifecycleStage.InDevelopment);
        yield return Make("ITU-T H.264", "ITU-T", "ITU-T H.264 (08/2021)", "Advanced video coding for generic audiovisual services", "Video coding for audiovisual services, including broadcast and video streaming.", "ITU-T SG16", 2021);
        yield return Make("ITU-T G.711", "ITU-T", "ITU-T G.711 (11/1988)", "Pulse code modulation (PCM) of voice frequencies", "Pulse code modulation of voice-frequency signals for telephony.", "ITU-T SG16", 1988);
        yield return Make("ITU-T X.509", "ITU-T", "ITU-T X.509 (10/2019)", "Information technology \u2014 Open Systems Interconnection \u2014 The Directory: Public-key and attribute certificate frameworks", "Frameworks for public-key infrastructure and privilege management infrastructure certificates.", Sg17, 2019);
        yield return Make("ITU-T X.1254", "ITU-T", "ITU-T X.1254 (09/2020)", "Entity authentication assurance framework", "A framework for managing entity authentication assurance in a given context.", Sg17, 2020);
        yield return Make("ITU-T Y.3172", "ITU-T", "ITU-T Y.3172 (06/2019)", "Architectural framework for machine learning in future networks including IMT-2020", "An architectural framework for machine learning in networks.", "ITU-T SG13", 2019);
        yield return Make("ITU-T P.800", "ITU-T", "ITU-T P.800 (08/1996)", "Methods for subjective determination of transmission quality", "Methods for subjective assessment of speech transmission quality in laboratories.", "ITU-T SG12", 1996);
        yield return Make("ITU-T T.800", "ITU-T", "ITU-T T.800 (06/2019)", "Information technology \u2014 JPEG 2000 image coding system: Core coding system", "The core coding system for JPEG 2000 still images.", "ITU-T SG16", 2019);
        yield return Make("ITU-T X.1408", "ITU-T", "ITU-T X.1408", "Security threats and requirements for data access and sharing based on distributed ledger technology", "Work item on threats and requirements for data sharing using DLT.", Sg17, 2023, LifecycleStage.InDevelopment);
        yield return Make("IEEE 802.11", "IEEE", "IEEE 802.11-2020", "IEEE Standard for Information Technology \u2014 Wireless LAN Medium Access Control (MAC) and Physical Layer (PHY) Specifications", "Medium access control and physical layer specifications for wireless local area networks.", "IEEE C/LM", 2020);
        yield return Make("IEEE 754", "IEEE", "IEEE 754-2019", "IEEE Standard for Floating-Point Arithmetic", "Formats and methods for floating-point arithmetic in computer systems.", "IEEE C/MSC", 2019);
        yield return Make("IEEE 2140.1", "IEEE", "IEEE 2140.1-2020", "IEEE Standard for General Requirements for Cryptocurrency Exchanges", "General requirements for cryptocurrency exchanges, including security and asset management.", "IEEE C/BDL", 2020);
        yield return Make("IEEE P3800", "IEEE", "IEEE P3800", "Standard for a Data-Trading System: Overview, Terminology and Reference Model", "A reference model for data trading systems.", "IEEE C/BDL", 2023, LifecycleStage.InDevelopment);
        yield return Make("ETSI EN 303 645", "ETSI", "ETSI EN 303 645 V2.1.1", "CYBER; Cyber Security for Consumer Internet of Things: Baseline Requirements", "Baseline security provisions for consumer devices connected to the internet.", "ETSI TC CYBER", 2020);
        yield return Make("ETSI TS 119 312", "ETSI", "ETSI TS 119 312 V1.4.3", "Electronic Signatures and Infrastructures (ESI); Cryptographic Suites", "Cryptographic suites for electronic signatures.", "ETSI TC ESI", 2023);
        yield return Make("W3C webauthn-2", "W3C", "W3C webauthn-2", "Web Authentication: An API for accessing Public Key Credentials Level 2", "An API enabling the creation and use of strong, attested, scoped, public key-based credentials by web applications.", "W3C WebAuthn WG", 2021);
        yield return Make("W3C vc-data-model", "W3C", "W3C vc-data-model", "Verifiable Credentials Data Model v1.1", "A data model for verifiable credentials on the Web.", "W3C VC WG", 2022);
        yield return Make("W3C wcag21", "W3C", "W3C wcag21", "Web Content Accessibility Guidelines (WCAG) 2.1", "Recommendations for making Web content more accessible.", "W3C AG WG", 2018);
        yield return Make("ISO 4217", "ISO", "ISO 4217:2015", "Codes for the representation of currencies", "Three-letter alphabetic codes and three-digit numeric codes for currencies.", "ISO/TC 68/SC 9", 2015, LifecycleStage.Withdrawn);
        yield return Make("ISO/IEC 11179-1", "ISO", "ISO/IEC 11179-1:2023", "Information technology \u2014 Metadata registries (MDR) \u2014 Part 1: Framework", "A framework for metadata registries.", "ISO/IEC JTC 1/SC 32", 2023);
    }
}
