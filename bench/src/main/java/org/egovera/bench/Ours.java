package org.egovera.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH benchmark method as our implementation of an operation; the {@link Baseline} method
 * with the same operation name, in any benchmark class of this module, is what it is compared with.
 * The report pairs them by operation and by the values of the JMH parameters (the preset).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ours {

    /** The operation, as the report's first column names it ("XMI load"). */
    String value();

    /** The largest acceptable ratio ours / baseline, 0 for none. */
    double target() default 0;
}
