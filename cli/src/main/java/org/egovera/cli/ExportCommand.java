package org.egovera.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egovera export FORMAT ...}: one subcommand per format a catalogue can be written in. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a catalogue in another format.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = {
                HelpCommand.class,
                ExportArchimateCommand.class,
                ExportCsvCommand.class,
                ExportRdfCommand.class,
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a format there is nothing to do: say which formats exist. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("egovera export: name a format, for example 'egovera export archimate -o OUT.xml'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
