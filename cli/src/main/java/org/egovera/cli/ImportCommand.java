package org.egovera.cli;

import picocli.CommandLine.Command;

/** {@code egovera import <format>}: one subcommand per exchange format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a catalogue from another format.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = { ImportRdfCommand.class })
final class ImportCommand {
}
