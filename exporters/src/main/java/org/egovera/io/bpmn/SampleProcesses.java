package org.egovera.io.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.mapping.MappingFile;
import org.egovera.mapping.MappingLoader;
import org.egovera.mapping.TaskMapping;
import org.egovera.model.Catalogue;

/**
 * The tax processes the project models in BPMN (in {@code catalogue-data}, folder {@value #FOLDER}), each
 * with its reviewed mapping file: taxpayer registration, VAT return filing and assessment, payment and
 * collection, the shared risk analysis, and the customs import, export and transit declarations that
 * call it.
 */
public final class SampleProcesses {

    public static final String FOLDER = "/org/egovera/catalogue/processes/";

    /** The files, by name without extension: {@code NAME.bpmn} and its mapping {@code NAME.mapping.csv}. */
    public static final List<String> NAMES = List.of(
            "taxpayer-registration",
            "vat-return-filing-and-assessment",
            "tax-payment-and-collection",
            "risk-analysis",
            "customs-declarations");

    /** What adding the samples did. */
    public record Result(ImportReport imported, MappingLoader.LoadReport mapped) {
    }

    private SampleProcesses() {
    }

    /** Imports the sample processes into the catalogue and loads their mappings. */
    public static Result addTo(Catalogue catalogue) {
        List<BpmnDefinitions> definitions = new ArrayList<>();
        Map<Path, List<TaskMapping>> mappings = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path bpmn = Path.of(name + ".bpmn");
            try (InputStream in = open(bpmn)) {
                definitions.add(BpmnReader.read(in, bpmn));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path mapping = Path.of(name + ".mapping.csv");
            try (Reader in = new InputStreamReader(open(mapping), StandardCharsets.UTF_8)) {
                mappings.put(mapping, MappingFile.read(in, mapping));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ImportReport imported = BpmnImporter.importDefinitions(catalogue, definitions);
        return new Result(imported, MappingLoader.apply(catalogue, mappings));
    }

    private static InputStream open(Path file) {
        InputStream in = SampleProcesses.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("the sample process file " + FOLDER + file + " is missing from the classpath");
        }
        return in;
    }
}
