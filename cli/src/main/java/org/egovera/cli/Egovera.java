package org.egovera.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code egovera} command: a list of verbs, each a small command over the library API. */
@Command(name = "egovera",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Model, check, exchange and share the eGovERA building-block catalogue.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                HelpCommand.class,
                ValidateCommand.class,
                StatsCommand.class,
                ImportCommand.class,
                MapCommand.class,
                TraceCommand.class,
                ExportCommand.class,
                ReportCommand.class,
                QueryCommand.class,
                ServeCommand.class,
                PublishCommand.class,
                GenerateCommand.class,
        },
        footer = {
                "",
                "With no FILE a command works on the catalogue shipped with the tool.",
                "Exit codes:",
                "  0  success",
                "  1  the input was read and has findings (validation errors, failed checks)",
                "  2  usage error, or an input that cannot be read (missing, malformed, hostile)",
                "  3  internal error (the message says where the log with the stack trace is)" })
public final class Egovera {

    public static void main(String[] args) throws java.io.IOException {
        if (Boolean.getBoolean(ClassDataSharingTraining.PROPERTY)) {
            ClassDataSharingTraining.run();
            return;
        }
        if (printVersionIfAsked(args, System.out)) {
            return;
        }
        System.exit(newCommandLine().execute(args));
    }

    /**
     * Answers a lone {@code --version} without building the command line: picocli reads the
     * annotations of every command first, which takes longer than the rest of the JVM's start.
     * Prints what picocli's own {@code --version} prints.
     */
    static boolean printVersionIfAsked(String[] args, java.io.PrintStream out) {
        if (args.length != 1 || !("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return false;
        }
        for (String line : new ManifestVersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
        return true;
    }

    /** The configured command line, as tests and {@link #main} use it. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new Egovera());
        ExitCodes.configure(commandLine);
        return commandLine;
    }
}
