package org.egovera.io.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;

/** Runs the queries written in the eGovERA tools' style (test resources under {@code tools/}) on a graph. */
final class ToolQueries {

    static final String BUILDING_BLOCKS = "architecture-building-blocks";
    static final String CAPABILITIES = "capabilities";
    static final String SERVICES = "services";
    static final String BLOCK_TO_SERVICE = "building-block-to-service";
    static final String SERVICE_TO_CAPABILITY = "service-to-capability";

    private ToolQueries() {
    }

    static List<QuerySolution> run(String name, Graph graph) {
        try (QueryExecution execution = QueryExecution.create(text(name), ModelFactory.createModelForGraph(graph))) {
            ResultSet results = execution.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    static String text(String name) {
        try (InputStream in = ToolQueries.class.getResourceAsStream("tools/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no tool query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
