package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;

import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader on the six files the eGovERA tools publish, in both layouts. */
@ConformanceTest
class EgoveraJsonReaderConformanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "egovera-portal-2021-09-17-DBC.json, CAPABILITIES, PORTAL_2021, 28",
            "egovera-portal-2021-09-17-DPS.json, SERVICES, PORTAL_2021, 88",
            "egovera-portal-2021-09-17-ABB.json, BUILDING_BLOCKS, PORTAL_2021, 656",
            "egovera-v6.0-DBC.json, CAPABILITIES, RELEASE_6_0, 25",
            "egovera-v6.0-DPS.json, SERVICES, RELEASE_6_0, 67",
            "egovera-v6.0-ABB.json, BUILDING_BLOCKS, RELEASE_6_0, 61",
    })
    void eachFileIsRecognisedByItsContent(String file, TableKind kind, SourceLayout layout, int records) {
        JsonTable table = new EgoveraJsonReader().read(ConformanceData.resolve("egovera/" + file));
        assertEquals(kind, table.kind(), file);
        assertEquals(layout, table.layout(), file);
        assertEquals(records, table.records().size(), file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "egovera-portal-2021-09-17-DBC.json | Tax=17, Health=6, Business Agnostic=5",
            "egovera-portal-2021-09-17-DPS.json | Tax=41, Business Agnostic=30, Health=17",
            "egovera-portal-2021-09-17-ABB.json | Health=267, Tax=205, Business Agnostic=184",
            "egovera-v6.0-DBC.json | Business Agnostic=14, Tax=11",
            "egovera-v6.0-DPS.json | Tax=40, Business Agnostic=27",
    })
    void recordsFallIntoTheKnownDomains(String file, String expected) {
        JsonTable table = new EgoveraJsonReader().read(ConformanceData.resolve("egovera/" + file));
        Map<String, Long> byDomain = table.records().stream()
                .collect(Collectors.groupingBy(record -> PolicyDomains.of(record.policy()).displayName(), Collectors.counting()));
        Map<String, Long> wanted = java.util.Arrays.stream(expected.split(",\\s*")).map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> pair[0], pair -> Long.parseLong(pair[1])));
        assertEquals(wanted, byDomain, file);
    }
}
