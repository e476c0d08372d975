package org.egovera.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.egovera.model.Catalogue;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.InputException;
import org.egovera.trace.MatrixCsv;
import org.egovera.trace.MatrixHtml;
import org.egovera.trace.TraceabilityMatrix;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "The traceability matrix, tasks x ABBs: D where a task is mapped to the ABB, S where a service"
                + " it is mapped to uses it. As CSV or as one self-contained HTML page.",
        footer = { "", "Exit codes: 0 written, 2 unreadable input." })
final class TraceMatrixCommand implements Callable<Integer> {

    enum Format { csv, html }

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "File to write (.csv or .html); default: CSV on standard output.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or html; default: from the output's extension.")
    private Format format;

    @Option(names = "--direct", description = "Only the ABBs tasks are mapped to directly (no S cells).")
    private boolean direct;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = input.load();
        TraceabilityMatrix matrix = TraceabilityMatrix.of(catalogue, direct);
        Format chosen = format != null ? format
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".html") ? Format.html : Format.csv;
        String title = "Traceability matrix: tasks x ABBs" + (catalogue.getName() == null ? "" : " (" + catalogue.getName()
                + (catalogue.getVersion() == null ? "" : " " + catalogue.getVersion()) + ")");
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            write(matrix, chosen, title, out);
            return ExitCodes.SUCCESS;
        }
        try {
            AtomicFiles.write(output, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                write(matrix, chosen, title, writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new InputException(output, "cannot write: " + e.getMessage(), e);
        }
        out.printf("%d task(s) x %d ABB(s) written to %s%n", matrix.rows().size(), matrix.columns().size(), output);
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private static void write(TraceabilityMatrix matrix, Format format, String title, Writer out) throws IOException {
        if (format == Format.html) {
            MatrixHtml.write(matrix, title, out);
        } else {
            MatrixCsv.write(matrix, out);
        }
    }
}
