package org.egovera.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The canned SPARQL queries shipped in {@code catalogue-data/queries}. Each file starts with comment
 * lines that describe it:
 * <pre>
 * # title: Sharing candidates
 * # question: Which building blocks do the most services use?
 * # param abb = TABB1: the identifier of the building block
 * # param memberState: an ISO code; all Member States when not given
 * </pre>
 */
public final class CannedQueries {

    /** The classpath folder that holds the queries. */
    public static final String RESOURCE_DIR = "org/egovera/catalogue/queries/";

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question):\\s*(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^#\\s*param\\s+(\\w+)(?:\\s*=\\s*([^:]*?))?\\s*:\\s*(.*)$");

    private CannedQueries() {
    }

    /** Every canned query, by name. */
    public static List<CannedQuery> list() {
        List<CannedQuery> queries = new ArrayList<>();
        for (String name : names()) {
            queries.add(load(name));
        }
        return queries;
    }

    public static Optional<CannedQuery> named(String name) {
        return names().contains(name) ? Optional.of(load(name)) : Optional.empty();
    }

    /** Reads the description lines at the head of a query. */
    static CannedQuery parse(String name, String text) {
        String title = name;
        StringBuilder question = new StringBuilder();
        List<CannedQuery.Parameter> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher header = HEADER.matcher(line.strip());
            Matcher parameter = PARAMETER.matcher(line.strip());
            if (header.matches() && header.group(1).equals("title")) {
                title = header.group(2).strip();
            } else if (header.matches()) {
                question.append(question.isEmpty() ? "" : " ").append(header.group(2).strip());
            } else if (parameter.matches()) {
                String defaultValue = parameter.group(2) == null || parameter.group(2).isBlank() ? null : parameter.group(2).strip();
                parameters.add(new CannedQuery.Parameter(parameter.group(1), defaultValue, parameter.group(3).strip()));
            } else if (!question.isEmpty() && line.length() > 1 && parameters.isEmpty()) {
                question.append(' ').append(line.substring(1).strip());
            }
        }
        return new CannedQuery(name, title, question.toString(), List.copyOf(parameters), text);
    }

    private static CannedQuery load(String name) {
        try (InputStream in = CannedQueries.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("canned query " + name + " is missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the .rq files in the folder, from the build's classes directory or the jar. */
    private static TreeSet<String> names() {
        URL folder = CannedQueries.class.getClassLoader().getResource(RESOURCE_DIR);
        TreeSet<String> names = new TreeSet<>();
        if (folder == null) {
            return names;
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                        String entry = entries.nextElement().getName();
                        if (entry.startsWith(RESOURCE_DIR) && entry.endsWith(".rq") && entry.indexOf('/', RESOURCE_DIR.length()) < 0) {
                            names.add(entry.substring(RESOURCE_DIR.length(), entry.length() - 3));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".rq"))
                            .forEach(file -> names.add(file.substring(0, file.length() - 3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
