package org.egovera.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH benchmark method as the baseline of the {@link Ours} methods of the operations it names
 * (one baseline can serve several: plain StAX reading a file, for reading and importing it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {

    /** The operations it is the baseline of. */
    String[] value();

    /** What the baseline is, for the report ("EMF binary resource"). */
    String what();
}
