package org.egovera.io.egoverajson;

import org.egovera.model.Catalogue;

/**
 * The catalogue an import built and what it did.
 *
 * @param catalogue the catalogue, not yet saved
 * @param summary   counts, data gaps and the release merge
 */
public record ImportResult(Catalogue catalogue, ImportSummary summary) {
}
