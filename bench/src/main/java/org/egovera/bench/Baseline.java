package org.egovera.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a JMH benchmark method as the baseline of the {@link Ours} method of the same operation. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {

    /** The operation it is the baseline of. */
    String value();

    /** What the baseline is, for the report ("EMF binary resource"). */
    String what();
}
