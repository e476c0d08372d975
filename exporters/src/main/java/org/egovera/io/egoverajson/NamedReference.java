package org.egovera.io.egoverajson;

/**
 * A reference that carries the name of what it refers to, as release 6.0 writes them
 * ({@code {"Name": ..., "ID": ...}}).
 */
public record NamedReference(String name, String id) {
}
