package org.egovera.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that reads the conformance data kit ({@code ../shared/conformance}).
 * Such tests form the {@code conformance} group and are skipped, with a message on standard error,
 * where the kit is absent.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag("conformance")
@ExtendWith(ConformanceData.class)
public @interface ConformanceTest {
}
