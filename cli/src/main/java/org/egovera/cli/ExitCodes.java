package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.egovera.model.io.InputException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The exit codes of DESIGN.md section 5, and the one place where exceptions become codes and messages. */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }

    static void configure(CommandLine commandLine) {
        commandLine.setExitCodeExceptionMapper(ExitCodes::codeOf);
        commandLine.setExecutionExceptionHandler(new ExecutionFailure());
        commandLine.setParameterExceptionHandler(new UsageFailure(commandLine.getParameterExceptionHandler()));
    }

    static int codeOf(Throwable failure) {
        if (failure instanceof InputException || failure instanceof ParameterException) {
            return BAD_INPUT;
        }
        return INTERNAL_ERROR;
    }

    private static final class UsageFailure implements IParameterExceptionHandler {
        private final IParameterExceptionHandler standard;

        UsageFailure(IParameterExceptionHandler standard) {
            this.standard = standard;
        }

        @Override
        public int handleParseException(ParameterException failure, String[] args) throws Exception {
            standard.handleParseException(failure, args);
            return BAD_INPUT;
        }
    }

    private static final class ExecutionFailure implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (failure instanceof InputException input) {
                err.println("egovera: " + input.oneLine());
                err.flush();
                return BAD_INPUT;
            }
            Path log = writeLog(failure);
            err.println("egovera: internal error: " + failure
                    + (log == null ? "" : " (stack trace in " + log + ")"));
            err.flush();
            return INTERNAL_ERROR;
        }
    }

    private static Path writeLog(Exception failure) {
        try {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path log = Files.createTempFile("egovera-" + stamp + "-", ".log");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString());
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
