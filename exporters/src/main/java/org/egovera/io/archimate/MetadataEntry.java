package org.egovera.io.archimate;

/**
 * One entry of a model's {@code metadata}: {@code schema}, {@code schemaversion} or an element of
 * another namespace such as Dublin Core's {@code dc:title}.
 *
 * @param namespace the element's namespace (the exchange format's own for schema and schemaversion)
 * @param name      its local name
 * @param value     its text
 */
public record MetadataEntry(String namespace, String name, String value) {
}
