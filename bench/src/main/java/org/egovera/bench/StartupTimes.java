package org.egovera.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How fast the command line starts, beside the floors measured in the same run: {@code java
 * -version}, and a JVM that only loads the shipped catalogue with EMF ({@link EmfLoadFloor}). Each
 * command runs many times, in turn with the others (round after round, the order rotating), so that a
 * busy machine slows all of them alike; the report takes medians.
 */
public final class StartupTimes {

    /** A command to time and the environment it runs in. */
    record Command(String label, List<String> argv, Map<String, String> environment) {
    }

    /** Wall-clock milliseconds of a command's runs. */
    record Sample(double median, double min, double mean, int runs) {
        static Sample of(List<Double> times) {
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Sample(median, sorted[0], Arrays.stream(sorted).average().orElse(0), n);
        }
    }

    private final Path distribution;
    private final Path benchClasses;
    private final Path java;

    /**
     * @param distribution the unpacked distribution (bin/egovera, lib/)
     * @param benchClasses this module's classes, for the floor program
     */
    public StartupTimes(Path distribution, Path benchClasses) {
        this.distribution = distribution;
        this.benchClasses = benchClasses;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * @param catalogue the catalogue {@code stats} and the floor load; null for the shipped one
     */
    public List<Row> measure(int warmupRounds, int rounds, Path catalogue) throws IOException, InterruptedException {
        Command javaVersion = new Command("java -version", List.of(java.toString(), "-version"), Map.of());
        Command version = launcher("egovera --version", "--version");
        List<String> floorArgv = new ArrayList<>(List.of(java.toString(), "-cp", floorClassPath(), EmfLoadFloor.class.getName()));
        Command stats = catalogue == null ? launcher("egovera stats", "stats")
                : launcher("egovera stats", "stats", catalogue.toAbsolutePath().toString());
        if (catalogue != null) {
            floorArgv.add(catalogue.toAbsolutePath().toString());
        }
        Command floor = new Command("EMF load floor", floorArgv, Map.of());
        String loaded = catalogue == null ? "shipped catalogue" : catalogue.getFileName().toString();
        List<Command> commands = List.of(javaVersion, version, floor, stats);
        for (Command command : commands) {
            int exit = run(command);
            if (exit != 0) {
                throw new IllegalStateException(command.label() + " exits with " + exit + ": " + command.argv());
            }
        }
        Map<Command, Sample> samples = timeInTurn(commands, warmupRounds, rounds);
        String sharing = classDataSharingInUse() ? "class-data sharing archive in use"
                : "class-data sharing archive NOT in use";
        List<Row> rows = new ArrayList<>();
        rows.add(row("CLI start: --version", samples.get(version), javaVersion.label(), samples.get(javaVersion), 4.0, sharing));
        rows.add(row("CLI start: stats (" + loaded + ")", samples.get(stats), floor.label(), samples.get(floor), 1.5, sharing));
        return rows;
    }

    private static Row row(String operation, Sample ours, String baselineWhat, Sample baseline, double target, String note) {
        return new Row(operation, ours.runs() + " runs each", ours.median(), ours.median() - ours.min(), baselineWhat,
                baseline.median(), target, null, null, "ms (median)", note);
    }

    /** Whether the distribution holds the shipped catalogue (a partial build may not). */
    public boolean hasShippedCatalogue() throws IOException {
        try (Stream<Path> jars = Files.list(distribution.resolve("lib"))) {
            Path jar = jars.filter(file -> file.getFileName().toString().startsWith("egovera-catalogue-data-")).findFirst().orElse(null);
            if (jar == null) {
                return false;
            }
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                return file.getEntry(org.egovera.catalogue.ShippedCatalogue.RESOURCE.substring(1)) != null;
            }
        }
    }

    private Command launcher(String label, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(distribution.resolve("bin/egovera").toString());
        argv.addAll(List.of(args));
        return new Command(label, argv, Map.of("JAVA_HOME", System.getProperty("java.home")));
    }

    /** EMF, the model and the catalogue from the distribution, and this module's classes for the floor's main. */
    private String floorClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(benchClasses.toString());
        try (Stream<Path> jars = Files.list(distribution.resolve("lib"))) {
            jars.filter(jar -> {
                String name = jar.getFileName().toString();
                return name.startsWith("org.eclipse.emf.") || name.startsWith("egovera-model-")
                        || name.startsWith("egovera-catalogue-data-");
            }).sorted().forEach(jar -> entries.add(jar.toString()));
        }
        return String.join(File.pathSeparator, entries);
    }

    /** True when the launcher's JVM maps the archive: with -Xshare:on it refuses to start otherwise. */
    private boolean classDataSharingInUse() throws IOException, InterruptedException {
        if (!Files.isRegularFile(distribution.resolve("lib/egovera.jsa"))) {
            return false;
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("EGOVERA_JAVA_OPTS", "-Xshare:on");
        return run(new Command("check", List.of(distribution.resolve("bin/egovera").toString(), "--version"), environment)) == 0;
    }

    private static Map<Command, Sample> timeInTurn(List<Command> commands, int warmupRounds, int rounds)
            throws IOException, InterruptedException {
        Map<Command, List<Double>> times = new LinkedHashMap<>();
        commands.forEach(command -> times.put(command, new ArrayList<>()));
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get((i + round) % commands.size());
                long start = System.nanoTime();
                run(command);
                double millis = (System.nanoTime() - start) / 1e6;
                if (round >= warmupRounds) {
                    times.get(command).add(millis);
                }
            }
        }
        Map<Command, Sample> samples = new LinkedHashMap<>();
        times.forEach((command, list) -> samples.put(command, Sample.of(list)));
        return samples;
    }

    private static int run(Command command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(command.environment());
        builder.environment().remove("EGOVERA_JAVA_OPTS");
        builder.environment().putAll(command.environment());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.label() + " did not finish within two minutes");
        }
        return process.exitValue();
    }
}
