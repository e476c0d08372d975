package org.egovera.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The page templates ({@code templates/*.mustache} next to this class), compiled once and rendered with
 * HTML escaping into files. A page is rendered with two scopes, the shell every page shares and its own
 * content, so templates reach both by name.
 */
final class Templates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/egovera/report/templates");
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** Renders {@code template} with the shell and the page's content into {@code file}. */
    static long render(String template, Path file, Shell shell, Object content) {
        Mustache mustache = COMPILED.computeIfAbsent(template, name -> FACTORY.compile(name + ".mustache"));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                mustache.execute(out, new Object[] { shell, content });
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
