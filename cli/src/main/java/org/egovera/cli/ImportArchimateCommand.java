package org.egovera.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.egovera.io.archimate.ArchimateExchangeReader;
import org.egovera.io.archimate.ArchimateImporter;
import org.egovera.io.archimate.ExchangeIntegrity;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.eira.EiraLibraryImporter;
import org.egovera.io.support.DataGapLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "archimate", mixinStandardHelpOptions = true,
        description = "Read an ArchiMate Open Exchange Format file (Archi, EIRA, other tools) as a catalogue.",
        footer = { "", "Elements with the EIRA properties become building blocks; all others are kept with their type"
                + " and properties, as are views and folders. Relationships the ArchiMate table forbids are kept with a warning.",
                "--into merges by id; --into with --library merges only EIRA's building blocks (their facts: name, PURI,"
                        + " type, view, dct:type, status) into the catalogue's EIRA library, by PURI, without duplicating.",
                "Exit codes: 0 written, 2 unreadable, malformed or hostile input (file:line:column in the message)." })
final class ImportArchimateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.xml", description = "The exchange file.")
    private Path file;

    @Mixin
    private ImportDestination destination;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        if (destination.library()) {
            // the facts of EIRA's blocks, as the shipped catalogue takes them (either EIRA property scheme)
            ExchangeModel model = new ArchimateExchangeReader().read(file);
            ExchangeIntegrity.check(model);
            return destination.writeLibrary(new EiraLibraryImporter().importLibrary(model, new DataGapLog()).blocks(), spec, json);
        }
        return destination.write(new ArchimateImporter(TerminalProgress.forThisProcess()).read(file), spec, json);
    }
}
