package org.egovera.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a written site without a browser: every local {@code href} and {@code src} of every page
 * resolves to a file of the site, and every {@code #fragment} to an id on the target page.
 */
final class SiteLinks {

    private static final Pattern REFERENCE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private SiteLinks(Path root) {
        this.root = root;
    }

    /** The broken links of the site, as {@code page -> target} lines; empty when all resolve. */
    static List<String> broken(Path root) throws IOException {
        return new SiteLinks(root).check();
    }

    /** How many local links the site's pages hold (so a test can tell that links were checked). */
    static long count(Path root) throws IOException {
        long count = 0;
        for (Path page : pages(root)) {
            Matcher matcher = REFERENCE.matcher(Files.readString(page));
            while (matcher.find()) {
                if (isLocal(matcher.group(1))) {
                    count++;
                }
            }
        }
        return count;
    }

    private List<String> check() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages(root)) {
            Matcher matcher = REFERENCE.matcher(Files.readString(page));
            while (matcher.find()) {
                String reference = matcher.group(1).replace("&amp;", "&");
                if (!isLocal(reference)) {
                    continue;
                }
                String problem = problem(page, reference);
                if (problem != null) {
                    broken.add(root.relativize(page) + " -> " + reference + ": " + problem);
                }
            }
        }
        return broken;
    }

    private String problem(Path page, String reference) {
        int hash = reference.indexOf('#');
        String file = hash < 0 ? reference : reference.substring(0, hash);
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        Path target = file.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (hash >= 0 && target.toString().endsWith(".html")
                && !idsOf(target).contains(reference.substring(hash + 1))) {
            return "no such anchor";
        }
        return null;
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, key -> {
            try {
                Set<String> found = new HashSet<>();
                Matcher matcher = ID.matcher(Files.readString(key));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isLocal(String reference) {
        return !(reference.startsWith("http:") || reference.startsWith("https:") || reference.startsWith("data:")
                || reference.startsWith("mailto:"));
    }

    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
