package org.egovera.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Finds the conformance data kit and disables {@link ConformanceTest}s where it is absent. */
public final class ConformanceData implements ExecutionCondition {

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** The kit's folder: {@code egovera.shared.dir}/conformance, else {@code ../shared/conformance} of the checkout. */
    public static Path root() {
        String configured = System.getProperty("egovera.shared.dir");
        if (configured != null) {
            return Path.of(configured, "conformance").toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("conformance");
            if (Files.isRegularFile(dir.resolve("pom.xml")) && !Files.isRegularFile(dir.getParent().resolve("pom.xml"))
                    && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolveSibling("shared").resolve("conformance");
    }

    public static boolean isPresent() {
        return Files.isDirectory(root());
    }

    /** A file of the kit, for example {@code resolve("eira/EIRA-6.0.0.xml")}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isPresent()) {
            return ConditionEvaluationResult.enabled("conformance data found at " + root());
        }
        String reason = "SKIPPED conformance tests: " + root() + " is absent";
        if (WARNED.compareAndSet(false, true)) {
            System.err.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
