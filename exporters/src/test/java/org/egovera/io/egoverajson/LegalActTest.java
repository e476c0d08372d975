package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalActTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Directive (EU) 2016/1164 preventing tax avoidance by companies | http://data.europa.eu/eli/dir/2016/1164/oj | 32016L1164",
            "Council Directive 2011/16/EU on administrative cooperation | http://data.europa.eu/eli/dir/2011/16/oj | 32011L0016",
            "Directive 2011/16/EU on cooperation between EU countries' tax administrations | http://data.europa.eu/eli/dir/2011/16/oj | 32011L0016",
            "Regulation (EU) No 904/2010 on administrative cooperation | http://data.europa.eu/eli/reg/2010/904/oj | 32010R0904",
            "Council Regulation (EEC) No 2913/92 establishing the Community Customs Code | http://data.europa.eu/eli/reg/1992/2913/oj | 31992R2913",
            "Regulation (EEC) No 2658/87 — the tariff and statistical nomenclature | http://data.europa.eu/eli/reg/1987/2658/oj | 31987R2658",
            "Regulation (EU) 1286/2013 — action programme | http://data.europa.eu/eli/reg/2013/1286/oj | 32013R1286",
            "Regulation 2016/679 - protection of natural persons | http://data.europa.eu/eli/reg/2016/679/oj | 32016R0679",
            "Regulation (EC) No 2560/2001 on cross-border payments in euro | http://data.europa.eu/eli/reg/2001/2560/oj | 32001R2560",
            "Directive 86/560/EEC of 17 November 1986 | http://data.europa.eu/eli/dir/1986/560/oj | 31986L0560",
            "Decision 93/329/EEC on the conclusion of the Istanbul Convention | http://data.europa.eu/eli/dec/1993/329/oj | 31993D0329",
            "Commission Implementing Decision 2019/1765 of 22 October 2019 | http://data.europa.eu/eli/dec_impl/2019/1765/oj | 32019D1765",
            "Commission Decision (EU) 2015/1302 of 28 July 2015 | http://data.europa.eu/eli/dec/2015/1302/oj | 32015D1302",
            "Commission Implementing Regulation (EU) No 1189/2011 of 18 November 2011 | http://data.europa.eu/eli/reg_impl/2011/1189/oj | 32011R1189",
            "Commission Delegated Regulation (EU) 2018/389 supplementing Directive (EU) 2015/2366 | http://data.europa.eu/eli/reg_del/2018/389/oj | 32018R0389",
            "Commission recommendation 2012/772/EU of 6 December 2012 on aggressive tax planning | http://data.europa.eu/eli/reco/2012/772/oj | 32012H0772",
            "Commission Implementing Directive 2012/52/EU of 20 December 2012 | http://data.europa.eu/eli/dir_impl/2012/52/oj | 32012L0052",
    })
    void namesOfActsGiveTheirEliAndCelex(String name, String eli, String celex) {
        LegalAct act = LegalAct.fromName(name);
        assertEquals(eli, act.eli());
        assertEquals(celex, act.celex());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "European Taxpayers’ Code",
            "National legal act on VAT",
            "Commission Recommendation of 8 December 1987 on a European Code of Conduct",
            "Commission Recommendation  (C(2019)800) of 6 February 2019",
            "Opinion 05/2014 on Anonymisation Technique",
            "European Interoperability Framework – Implementation Strategy COM/2017/0134 final",
            "Action plan to strengthen the fight against tax fraud",
            "Directive on Electronic Commerce",
    })
    void otherNamesIdentifyNoAct(String name) {
        assertNull(LegalAct.fromName(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "http://data.europa.eu/eli/reg/2018/1724/oj | http://data.europa.eu/eli/reg/2018/1724/oj | 32018R1724",
            "https://eur-lex.europa.eu/eli/reg/2014/910/oj | http://data.europa.eu/eli/reg/2014/910/oj | 32014R0910",
            "http://data.europa.eu/eli/reg/2016/679/2016-05-04 | http://data.europa.eu/eli/reg/2016/679/oj | 32016R0679",
            "http://data.europa.eu/eli/reg_del/2018/389/oj | http://data.europa.eu/eli/reg_del/2018/389/oj | 32018R0389",
            "http://data.europa.eu/eli/reco/1987/598/oj | http://data.europa.eu/eli/reco/1987/598/oj | 31987H0598",
    })
    void eliUrisGiveTheCanonicalEliAndCelex(String uri, String eli, String celex) {
        LegalAct act = LegalAct.fromEli(uri);
        assertEquals(eli, act.eli());
        assertEquals(celex, act.celex());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://data.europa.eu/dr8/egovera/NationalSchemaOnEDeliveryRequirement",
            "http://data.europa.eu/eli/treaty/teu_2012/oj" })
    void otherUrisAreNoEli(String uri) {
        assertNull(LegalAct.fromEli(uri));
    }
}
