package org.egovera.cli;

import picocli.CommandLine.Command;

/** {@code egovera export <format>}: one subcommand per exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a catalogue to another format.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = { ExportRdfCommand.class })
final class ExportCommand {
}
