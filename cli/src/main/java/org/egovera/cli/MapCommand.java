package org.egovera.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egovera map ACTION}: the mapping of process tasks to services and ABBs. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Map process tasks to services and ABBs: suggest candidates, check, apply and export mapping files.",
        synopsisSubcommandLabel = "ACTION",
        subcommands = {
                HelpCommand.class,
                MapSuggestCommand.class,
                MapCheckCommand.class,
                MapApplyCommand.class,
                MapExportCommand.class,
        },
        footer = { "", "A mapping file is CSV, one line a task:",
                "  process,task,task_name,services,building_blocks,note",
                "ids in a cell are separated by ';'; a line that maps to nothing says why in the note; '#' starts a comment." })
final class MapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("egovera map: name an action, for example 'egovera map check --mapping MAP.csv'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
