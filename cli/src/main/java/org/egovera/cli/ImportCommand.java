package org.egovera.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egovera import FORMAT ...}: one subcommand per format a catalogue can be built from. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Build a catalogue from data in another format.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = {
                HelpCommand.class,
                ImportEgoveraJsonCommand.class,
                ImportBpmnCommand.class,
                ImportArchimateCommand.class,
                ImportCsvCommand.class,
                ImportRdfCommand.class,
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a format there is nothing to do: say which formats exist. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("egovera import: name a format, for example 'egovera import archimate IN.xml -o OUT.egovera'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
