package org.egovera.io.archicsv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.io.archimate.ExchangeElement;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ExchangeProperty;
import org.egovera.io.archimate.ExchangeRelationship;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.io.archimate.LangText;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.Progress;

/**
 * Writes a catalogue as Archi's CSV files ({@code elements.csv}, {@code relations.csv},
 * {@code properties.csv}) for people who edit in spreadsheets. The content is the ArchiMate
 * export's, without views and folders: the same identifiers, types and properties, so an import
 * of the files gives the catalogue back.
 */
public final class ArchiCsvExporter {

    private final ExportOptions options;
    private final Progress progress;

    public ArchiCsvExporter(ExportOptions options, Progress progress) {
        this.options = options.withViews(ViewSelection.NONE);
        this.progress = progress;
    }

    /** Writes the three files into {@code folder}, their names prefixed by {@code prefix} (may be empty). */
    public List<Path> export(Catalogue catalogue, Path folder, String prefix) throws IOException {
        ExchangeModel model = new ArchimateExporter(options, progress).toExchange(catalogue);
        List<List<String>> elements = new ArrayList<>();
        List<List<String>> relations = new ArrayList<>();
        List<List<String>> properties = new ArrayList<>();
        elements.add(List.of(model.identifier(), ArchiCsv.MODEL_TYPE, text(model.names()), text(model.documentation()), ""));
        addProperties(properties, model.identifier(), model.properties());
        for (ExchangeElement element : model.elements()) {
            boolean junction = element.type().endsWith(ArchiCsv.JUNCTION);
            elements.add(List.of(element.identifier(), junction ? ArchiCsv.JUNCTION : element.type(), text(element.names()),
                    text(element.documentation()), ""));
            addProperties(properties, element.identifier(), element.properties());
            if (junction) {
                properties.add(List.of(element.identifier(), ArchiCsv.JUNCTION_TYPE,
                        element.type().startsWith("And") ? ArchiCsv.JUNCTION_AND : ArchiCsv.JUNCTION_OR));
            }
        }
        for (ExchangeRelationship relationship : model.relationships()) {
            relations.add(List.of(relationship.identifier(), relationship.type() + ArchiCsv.RELATIONSHIP_SUFFIX,
                    text(relationship.names()), text(relationship.documentation()), relationship.source(),
                    relationship.target(), ""));
            addProperties(properties, relationship.identifier(), relationship.properties());
            String accessType = relationship.attributes().get("accessType");
            if (accessType != null) {
                properties.add(List.of(relationship.identifier(), ArchiCsv.ACCESS_TYPE, accessType));
            }
            String modifier = relationship.attributes().get("modifier");
            if (modifier != null) {
                properties.add(List.of(relationship.identifier(), ArchiCsv.INFLUENCE_STRENGTH, modifier));
            }
            if ("Association".equals(relationship.type())) {
                properties.add(List.of(relationship.identifier(), ArchiCsv.DIRECTED,
                        String.valueOf(Boolean.parseBoolean(relationship.attributes().get("isDirected")))));
            }
        }
        List<Path> files = List.of(folder.resolve(prefix + ArchiCsv.ELEMENTS), folder.resolve(prefix + ArchiCsv.RELATIONS),
                folder.resolve(prefix + ArchiCsv.PROPERTIES));
        write(files.get(0), ArchiCsv.ELEMENTS_HEADER, elements);
        write(files.get(1), ArchiCsv.RELATIONS_HEADER, relations);
        write(files.get(2), ArchiCsv.PROPERTIES_HEADER, properties);
        return files;
    }

    private static void addProperties(List<List<String>> rows, String identifier, List<ExchangeProperty> properties) {
        for (ExchangeProperty property : properties) {
            rows.add(List.of(identifier, property.name(), text(property.values())));
        }
    }

    private static String text(List<LangText> texts) {
        return texts.isEmpty() ? "" : texts.get(0).text();
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ArchiCsv.write(writer, header, rows);
            writer.flush();
        });
    }
}
