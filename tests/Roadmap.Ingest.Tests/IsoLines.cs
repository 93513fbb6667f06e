namespace Roadmap.Ingest.Tests;

/// <summary>Hand-made ISO Open Data lines in the feed's format, with facts only.</summary>
internal static class IsoLines
{
    public const string Vocabulary2020 = """{"id":73771,"deliverableType":"IS","supplementType":null,"reference":"ISO 22739:2020","title":{"en":"Blockchain and distributed ledger technologies — Vocabulary","fr":"Technologies — Vocabulaire"},"publicationDate":null,"edition":1,"icsCode":["35.030","01.040.35"],"ownerCommittee":"ISO/TC 307","currentStage":9599,"replaces":null,"replacedBy":["ISO 22739:2024"],"languages":null,"pages":null,"scope":null}""";

    public const string Vocabulary2024 = """{"id":82208,"deliverableType":"IS","supplementType":null,"reference":"ISO 22739:2024","title":{"en":"Blockchain and distributed ledger technologies — Vocabulary","fr":"Technologies — Vocabulaire"},"publicationDate":null,"edition":2,"icsCode":["35.030","01.040.35"],"ownerCommittee":"ISO/TC 307","currentStage":6060,"replaces":["ISO 22739:2020"],"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string SmartContracts = """{"id":75624,"deliverableType":"TR","supplementType":null,"reference":"ISO/TR 23455:2019","title":{"en":"Blockchain and distributed ledger technologies — Overview of and interactions between smart contracts in blockchain and distributed ledger technology systems","fr":"x"},"publicationDate":"2019-09-20","edition":1,"icsCode":["35.240.99"],"ownerCommittee":"ISO/TC 307/WG 3","currentStage":9093,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string Draft = """{"id":80000,"deliverableType":"IS","supplementType":null,"reference":"ISO/DIS 20435","title":{"en":"Blockchain and distributed ledger technologies — Smart contract security","fr":"x"},"publicationDate":null,"edition":1,"icsCode":[],"ownerCommittee":"ISO/TC 307","currentStage":4020,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string Amendment = """{"id":88435,"deliverableType":"IS","supplementType":"Amd","reference":"ISO/IEC 27001:2022/Amd 1:2024","title":{"en":"Information security, cybersecurity and privacy protection — Information security management systems — Requirements — Amendment 1: Climate action changes","fr":"x"},"publicationDate":null,"edition":3,"icsCode":["03.100.70","35.030"],"ownerCommittee":"ISO/IEC JTC 1/SC 27","currentStage":6060,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string UnknownStage = """{"id":1,"deliverableType":"IS","supplementType":null,"reference":"ISO 1:2002","title":{"en":"Geometrical product specifications","fr":"x"},"publicationDate":null,"edition":1,"icsCode":[],"ownerCommittee":"ISO/TC 213","currentStage":6161,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string BadDesignation = """{"id":2,"deliverableType":"IS","supplementType":null,"reference":"Hello world","title":{"en":"Not a standard","fr":"x"},"publicationDate":null,"edition":1,"icsCode":[],"ownerCommittee":"ISO/TC 1","currentStage":6060,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string NoTitle = """{"id":3,"deliverableType":"IS","supplementType":null,"reference":"ISO 3:2020","title":null,"publicationDate":null,"edition":1,"icsCode":[],"ownerCommittee":"ISO/TC 1","currentStage":6060,"replaces":null,"replacedBy":null,"languages":null,"pages":null,"scope":null}""";

    public const string Truncated = """{"id":4,"deliverableType":"IS","reference":"ISO 4:20""";
}
