using Roadmap.Core.Designations;
using Roadmap.Core.Documents;

namespace Roadmap.Core.Tests.Designations;

public sealed class DesignationParserExamplesTests
{
    [Theory]
    // ISO family: where the type goes, drafts, parts, co-publishers.
    [InlineData("ISO 22739:2024", "ISO", "ISO 22739", "ISO 22739:2024")]
    [InlineData("ISO 22739:2020", "ISO", "ISO 22739", "ISO 22739:2020")]
    [InlineData("ISO/IEC TR 23455:2019", "ISO", "ISO/IEC TR 23455", "ISO/IEC TR 23455:2019")]
    [InlineData("ISO/TR 23455:2019", "ISO", "ISO/TR 23455", "ISO/TR 23455:2019")]
    [InlineData("iso/tr 23455", "ISO", "ISO/TR 23455", "ISO/TR 23455")]
    [InlineData("ISO/TR  23455 : 2019", "ISO", "ISO/TR 23455", "ISO/TR 23455:2019")]
    [InlineData("ISO TR 23455", "ISO", "ISO/TR 23455", "ISO/TR 23455")]
    [InlineData("ISO/DIS 20435", "ISO", "ISO 20435", "ISO/DIS 20435")]
    [InlineData("ISO/CD PAS 24874", "ISO", "ISO/PAS 24874", "ISO/CD PAS 24874")]
    [InlineData("ISO/CD TR 19626-3", "ISO", "ISO/TR 19626-3", "ISO/CD TR 19626-3")]
    [InlineData("ISO/DTS 23635", "ISO", "ISO/TS 23635", "ISO/DTS 23635")]
    [InlineData("ISO/IEC DTR 16088", "ISO", "ISO/IEC TR 16088", "ISO/IEC DTR 16088")]
    [InlineData("ISO/DPAS 5", "ISO", "ISO/PAS 5", "ISO/DPAS 5")]
    [InlineData("ISO/DGuide 84", "ISO", "ISO Guide 84", "ISO/DGuide 84")]
    [InlineData("ISO/IEC DIS TS 1234", "ISO", "ISO/IEC TS 1234", "ISO/IEC DIS TS 1234")]
    [InlineData("ISO/CD 16602-1.2", "ISO", "ISO 16602-1", "ISO/CD 16602-1.2")]
    [InlineData("ISO/IEC 27001-1", "ISO", "ISO/IEC 27001-1", "ISO/IEC 27001-1")]
    [InlineData("ISO 8000-117:2023", "ISO", "ISO 8000-117", "ISO 8000-117:2023")]
    [InlineData("ISO 105-B07:2009", "ISO", "ISO 105-B07", "ISO 105-B07:2009")]
    [InlineData("ISO/IEC/IEEE 8802-1Q:2016", "ISO", "ISO/IEC/IEEE 8802-1Q", "ISO/IEC/IEEE 8802-1Q:2016")]
    [InlineData("ISO/IEEE 11073-10101:2020", "ISO", "ISO/IEEE 11073-10101", "ISO/IEEE 11073-10101:2020")]
    [InlineData("ISO/ASTM 52900:2021", "ISO", "ISO/ASTM 52900", "ISO/ASTM 52900:2021")]
    [InlineData("ISO/CIE 11664-1:2019", "ISO", "ISO/CIE 11664-1", "ISO/CIE 11664-1:2019")]
    [InlineData("ISO/HL7 27931:2009", "ISO", "ISO/HL7 27931", "ISO/HL7 27931:2009")]
    [InlineData("IEC 62443-3-3:2013", "IEC", "IEC 62443-3-3", "IEC 62443-3-3:2013")]
    [InlineData("IEC/TR 62366-2:2016", "IEC", "IEC/TR 62366-2", "IEC/TR 62366-2:2016")]
    [InlineData("IEC/IEEE 60255-118-1:2018", "IEC", "IEC/IEEE 60255-118-1", "IEC/IEEE 60255-118-1:2018")]
    [InlineData("IWA 42:2022", "ISO", "IWA 42", "IWA 42:2022")]
    [InlineData("ISO/IEC Guide 98-3", "ISO", "ISO/IEC Guide 98-3", "ISO/IEC Guide 98-3")]
    [InlineData("ISO Guide 73:2009", "ISO", "ISO Guide 73", "ISO Guide 73:2009")]
    [InlineData("ISO/R 9:1968", "ISO", "ISO/R 9", "ISO/R 9:1968")]
    // ISO supplements: the key names the amended base edition.
    [InlineData("ISO/IEC 27001:2022/Amd 1:2024", "ISO", "ISO/IEC 27001:2022/Amd 1", "ISO/IEC 27001:2022/Amd 1:2024")]
    [InlineData("ISO/IEC 27001:2013/Amd 1", "ISO", "ISO/IEC 27001:2013/Amd 1", "ISO/IEC 27001:2013/Amd 1")]
    [InlineData("ISO 10062:2022/DAM 1", "ISO", "ISO 10062:2022/Amd 1", "ISO 10062:2022/DAM 1")]
    [InlineData("ISO 10062:2022/FDAM 2", "ISO", "ISO 10062:2022/Amd 2", "ISO 10062:2022/FDAM 2")]
    [InlineData("ISO 10062:2022/CD Amd 1", "ISO", "ISO 10062:2022/Amd 1", "ISO 10062:2022/CD Amd 1")]
    [InlineData("ISO 10062:2022/AWI Amd 1", "ISO", "ISO 10062:2022/Amd 1", "ISO 10062:2022/AWI Amd 1")]
    [InlineData("ISO 9001:2008/Cor 1:2009", "ISO", "ISO 9001:2008/Cor 1", "ISO 9001:2008/Cor 1:2009")]
    [InlineData("ISO 9001:2008/DCOR 1", "ISO", "ISO 9001:2008/Cor 1", "ISO 9001:2008/DCOR 1")]
    [InlineData("ISO 15:1981/Add 1:1985", "ISO", "ISO 15:1981/Add 1", "ISO 15:1981/Add 1:1985")]
    [InlineData("ISO/IEC Guide 98-3:2008/Suppl 1:2008", "ISO", "ISO/IEC Guide 98-3:2008/Suppl 1", "ISO/IEC Guide 98-3:2008/Suppl 1:2008")]
    [InlineData("ISO 1101:1983/Ext 1:1983", "ISO", "ISO 1101:1983/Ext 1", "ISO 1101:1983/Ext 1:1983")]
    [InlineData("ISO/IEC 8802-3:2017/Amd 1:2017/Cor 1:2018", "ISO", "ISO/IEC 8802-3:2017/Amd 1/Cor 1", "ISO/IEC 8802-3:2017/Amd 1:2017/Cor 1:2018")]
    // ITU-T.
    [InlineData("ITU-T X.1401 (11/2019)", "ITU-T", "ITU-T X.1401", "ITU-T X.1401 (11/2019)")]
    [InlineData("ITU-T F.751.2", "ITU-T", "ITU-T F.751.2", "ITU-T F.751.2")]
    [InlineData("ITU-T G.Imp712", "ITU-T", "ITU-T G.Imp712", "ITU-T G.Imp712")]
    [InlineData("ITU-T H.264 (V14) (08/2021)", "ITU-T", "ITU-T H.264", "ITU-T H.264 (V14) (08/2021)")]
    [InlineData("ITU-T Y.Suppl.62", "ITU-T", "ITU-T Y Suppl. 62", "ITU-T Y Suppl. 62")]
    [InlineData("ITU-T Y Suppl. 62 (07/2020)", "ITU-T", "ITU-T Y Suppl. 62", "ITU-T Y Suppl. 62 (07/2020)")]
    [InlineData("ITU-T A.13 (2000) Amd. 1 (12/2007)", "ITU-T", "ITU-T A.13 (2000) Amd. 1", "ITU-T A.13 (2000) Amd. 1 (12/2007)")]
    [InlineData("ITU-T X.509 (2019) Cor. 1 (10/2021)", "ITU-T", "ITU-T X.509 (2019) Cor. 1", "ITU-T X.509 (2019) Cor. 1 (10/2021)")]
    [InlineData("ITU-T G.729 Annex D (09/1998)", "ITU-T", "ITU-T G.729 Annex D", "ITU-T G.729 Annex D (09/1998)")]
    [InlineData("ITU-T G.709.1/Y.1331.1 (06/2018)", "ITU-T", "ITU-T G.709.1/Y.1331.1", "ITU-T G.709.1/Y.1331.1 (06/2018)")]
    [InlineData("X.1401", "ITU-T", "ITU-T X.1401", "ITU-T X.1401")]
    [InlineData("Rec. ITU-T X.1401", "ITU-T", "ITU-T X.1401", "ITU-T X.1401")]
    [InlineData("ITU-T Rec. X.1401", "ITU-T", "ITU-T X.1401", "ITU-T X.1401")]
    [InlineData("itu-t x1401", "ITU-T", "ITU-T X.1401", "ITU-T X.1401")]
    [InlineData("T-REC-X.1401-201911-I", "ITU-T", "ITU-T X.1401", "ITU-T X.1401 (11/2019)")]
    [InlineData("FG DLT D1.1", "ITU-T", "ITU-T FG DLT D1.1", "ITU-T FG DLT D1.1")]
    // ETSI.
    [InlineData("ETSI GS PDL 012 V1.2.1", "ETSI", "ETSI GS PDL 012", "ETSI GS PDL 012 V1.2.1")]
    [InlineData("ETSI GR PDL 001 V1.1.1 (2020-03)", "ETSI", "ETSI GR PDL 001", "ETSI GR PDL 001 V1.1.1 (2020-03)")]
    [InlineData("ETSI TS 103 457", "ETSI", "ETSI TS 103 457", "ETSI TS 103 457")]
    [InlineData("ETSI EN 300 328", "ETSI", "ETSI EN 300 328", "ETSI EN 300 328")]
    [InlineData("ETSI TS 102 165-1", "ETSI", "ETSI TS 102 165-1", "ETSI TS 102 165-1")]
    [InlineData("ETSI ETS 300 012/C1 ed.1 (1993-08)", "ETSI", "ETSI ETS 300 012/C1", "ETSI ETS 300 012/C1 ed.1 (1993-08)")]
    [InlineData("etsi gr mwt 008", "ETSI", "ETSI GR mWT 008", "ETSI GR mWT 008")]
    // IEEE.
    [InlineData("IEEE 2418.2-2020", "IEEE", "IEEE 2418.2", "IEEE Std 2418.2-2020")]
    [InlineData("IEEE Std 2418.2-2020", "IEEE", "IEEE 2418.2", "IEEE Std 2418.2-2020")]
    [InlineData("IEEE P2418.2/D-1-2019-05", "IEEE", "IEEE 2418.2", "IEEE P2418.2/D-1-2019-05")]
    [InlineData("IEEE P2418.2", "IEEE", "IEEE 2418.2", "IEEE P2418.2")]
    [InlineData("IEEE 802.11-2020", "IEEE", "IEEE 802.11", "IEEE Std 802.11-2020")]
    [InlineData("IEEE 1686.2022", "IEEE", "IEEE 1686", "IEEE Std 1686-2022")] // a year after the dot, not a part
    [InlineData("IEEE Std 802.1", "IEEE", "IEEE 802.1", "IEEE Std 802.1")] // a part stays a part
    [InlineData("IEEE 1363a-2004", "IEEE", "IEEE 1363a", "IEEE Std 1363a-2004")]
    [InlineData("IEEE Std 11073-10101-2019", "IEEE", "IEEE 11073-10101", "IEEE Std 11073-10101-2019")]
    [InlineData("ANSI/IEEE Std 754-1985", "IEEE", "IEEE 754", "ANSI/IEEE Std 754-1985")]
    [InlineData("AIEE 11-1937", "IEEE", "AIEE 11", "AIEE Std 11-1937")]
    [InlineData("IEEE Std No.127", "IEEE", "IEEE 127", "IEEE Std 127")]
    [InlineData("ISO/IEC/IEEE 8802.1Q/Amd1-2016", "IEEE", "ISO/IEC/IEEE 8802.1Q/Amd1", "ISO/IEC/IEEE Std 8802.1Q/Amd1-2016")]
    // W3C.
    [InlineData("W3C did-core", "W3C", "W3C did-core", "W3C did-core")]
    [InlineData("W3C REC-did-core-20220719", "W3C", "W3C did-core", "W3C REC-did-core-20220719")]
    [InlineData("W3C NOTE-did-use-cases-20210317", "W3C", "W3C did-use-cases", "W3C NOTE-did-use-cases-20210317")]
    [InlineData("W3C CR-did-1.1-20260305", "W3C", "W3C did-1.1", "W3C CR-did-1.1-20260305")]
    [InlineData("W3C WGSL", "W3C", "W3C wgsl", "W3C wgsl")]
    // IETF.
    [InlineData("RFC 9000", "IETF", "IETF RFC 9000", "IETF RFC 9000")]
    [InlineData("IETF RFC 9000", "IETF", "IETF RFC 9000", "IETF RFC 9000")]
    [InlineData("rfc9000", "IETF", "IETF RFC 9000", "IETF RFC 9000")]
    [InlineData("draft-ietf-quic-transport-34", "IETF", "IETF draft-ietf-quic-transport", "IETF draft-ietf-quic-transport-34")]
    public void Parse_KnownShape_GivesBodyKeyAndDisplay(string input, string body, string key, string display)
    {
        var result = DesignationParser.Parse(input);

        result.Success.ShouldBeTrue(result.Error);
        result.Value!.Body.ShouldBe(body);
        result.Value.Key.ShouldBe(key);
        result.Value.Display.ShouldBe(display);
        DesignationParser.Parse(result.Value.Display).Value!.Key.ShouldBe(key);
    }

    [Fact]
    public void Parse_IsoWithYear_GivesYearEditionAndNoType()
    {
        var d = DesignationParser.Parse("ISO 22739:2024").Value!;

        d.Year.ShouldBe(2024);
        d.Edition.ShouldBe("2024");
        d.Type.ShouldBeNull();
        d.Number.ShouldBe("22739");
        d.Publisher.ShouldBeNull();
    }

    [Fact]
    public void Parse_JointIsoTechnicalReport_GivesPublisherAndType()
    {
        var d = DesignationParser.Parse("ISO/IEC TR 23455:2019").Value!;

        d.Publisher.ShouldBe("ISO/IEC");
        d.Type.ShouldBe("TR");
        d.Year.ShouldBe(2019);
    }

    [Theory]
    [InlineData("ISO/DIS 20435", "DIS", null)]
    [InlineData("ISO/CD TR 19626-3", "CD", "TR")]
    [InlineData("ISO/DTS 23635", "DTS", "TS")]
    [InlineData("ISO/DGuide 84", "DGuide", "Guide")]
    [InlineData("IEEE P2418.2", "P", null)]
    public void Parse_Draft_GivesDraftPrefixAndType(string input, string draft, string? type)
    {
        var d = DesignationParser.Parse(input).Value!;

        d.DraftPrefix.ShouldBe(draft);
        d.Type.ShouldBe(type);
    }

    [Fact]
    public void Parse_IsoAmendment_GivesSupplementAndBaseKey()
    {
        var d = DesignationParser.Parse("ISO/IEC 27001:2022/Amd 1:2024").Value!;

        d.Supplement.ShouldBe(new DesignationSupplement("Amd", "1", 2024));
        d.BaseKey.ShouldBe("ISO/IEC 27001");
        d.Key.ShouldNotBe(DesignationParser.Parse("ISO/IEC 27001:2013/Amd 1:2024").Value!.Key);
    }

    [Fact]
    public void Parse_ItuAmendment_GivesSupplementOfTheDatedBase()
    {
        var d = DesignationParser.Parse("ITU-T A.13 (2000) Amd. 1 (12/2007)").Value!;

        d.Supplement.ShouldBe(new DesignationSupplement("Amd", "1", 2007));
        d.BaseKey.ShouldBe("ITU-T A.13");
        d.Edition.ShouldBe("12/2007");
    }

    [Fact]
    public void Parse_ItuEdition_GivesMonthYearAndVersion()
    {
        var d = DesignationParser.Parse("ITU-T H.264 (V14) (08/2021)").Value!;

        d.Edition.ShouldBe("08/2021");
        d.Year.ShouldBe(2021);
        d.Version.ShouldBe("V14");
    }

    [Fact]
    public void Parse_EtsiWithDate_GivesVersionEditionAndYear()
    {
        var d = DesignationParser.Parse("ETSI GR PDL 001 V1.1.1 (2020-03)").Value!;

        d.Edition.ShouldBe("V1.1.1");
        d.Year.ShouldBe(2020);
        d.Type.ShouldBe("GR");
        d.Number.ShouldBe("PDL 001");
    }

    [Fact]
    public void Parse_W3cDated_GivesMaturityAndDate()
    {
        var d = DesignationParser.Parse("W3C REC-did-core-20220719").Value!;

        d.Type.ShouldBe("REC");
        d.Edition.ShouldBe("20220719");
        d.Year.ShouldBe(2022);
    }

    [Theory]
    [InlineData("ISO/TR 23455:2019", "iso/tr 23455", "ISO/TR  23455 : 2019", "ISO / TR 23455")]
    [InlineData("ISO 8000-117:2023", "ISO 8000\u2013117", "ISO\u00A08000\u2011117", "iso 8000 - 117:2020")]
    [InlineData("ITU-T X.1401 (11/2019)", "itu-t  x.1401", "Rec. ITU-T X.1401", "ITU\u2011T X.1401 (2019)")]
    [InlineData("ETSI GS PDL 012 V1.2.1", "etsi gs pdl 012", "ETSI  GS PDL 012 V1.1.1 (2020-03)", "ETSI GS PDL 012 ed.2")]
    [InlineData("IEEE Std 2418.2-2020", "ieee std 2418.2", "IEEE 2418.2\u20132020", "IEEE P2418.2/D-1-2019-05")]
    [InlineData("W3C did-core", "w3c DID-CORE", "W3C rec-did-core-20220719", "W3C WD-did-core-20200101")]
    public void Parse_VariantsOfOneDocument_ShareOneKey(string a, string b, string c, string d)
    {
        var keys = new[] { a, b, c, d }.Select(x => DesignationParser.Parse(x).Value?.Key).ToList();

        keys.ShouldAllBe(k => k == keys[0]);
        keys[0].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("ISO 22739:2024", DocumentKind.Standard)]
    [InlineData("ISO/TR 23455:2019", DocumentKind.TechnicalReport)]
    [InlineData("ISO/DTS 23635", DocumentKind.TechnicalSpecification)]
    [InlineData("ISO/CD PAS 24874", DocumentKind.PubliclyAvailableSpecification)]
    [InlineData("ISO/IEC Guide 98-3", DocumentKind.Guide)]
    [InlineData("ISO/IEC 27001:2022/Amd 1:2024", DocumentKind.Amendment)]
    [InlineData("ISO 9001:2008/Cor 1:2009", DocumentKind.Corrigendum)]
    [InlineData("ITU-T X.1401 (11/2019)", DocumentKind.Recommendation)]
    [InlineData("ITU-T Y Suppl. 62", DocumentKind.Supplement)]
    [InlineData("ITU-T A.13 (2000) Amd. 1 (12/2007)", DocumentKind.Amendment)]
    [InlineData("ITU-T X.509 (2019) Cor. 1 (10/2021)", DocumentKind.Corrigendum)]
    [InlineData("ETSI GS PDL 012", DocumentKind.TechnicalSpecification)]
    [InlineData("ETSI GR PDL 001", DocumentKind.TechnicalReport)]
    [InlineData("ETSI TS 103 457", DocumentKind.TechnicalSpecification)]
    [InlineData("ETSI EN 300 328", DocumentKind.Standard)]
    [InlineData("ETSI ES 203 119", DocumentKind.Standard)]
    [InlineData("IEEE Std 2418.2-2020", DocumentKind.Standard)]
    [InlineData("W3C NOTE-did-use-cases-20210317", DocumentKind.Note)]
    [InlineData("W3C REC-did-core-20220719", DocumentKind.Recommendation)]
    [InlineData("W3C did-core", DocumentKind.Other)]
    [InlineData("FG DLT D1.1", DocumentKind.Other)]
    public void KindOf_TypeToken_MapsToDocumentKind(string input, DocumentKind kind) =>
        DesignationKinds.KindOf(DesignationParser.Parse(input).Value!).ShouldBe(kind);
}
