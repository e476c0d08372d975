package org.egovera.io.egoverajson;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.egovera.io.support.InputSource;
import org.egovera.model.io.InputException;

/** Reads {@code overlay.yaml}; unknown keys are refused, so a misspelt key never goes unnoticed. */
final class OverlayReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private OverlayReader() {
    }

    static OverlayDocument read(InputSource source) {
        try (InputStream in = source.open()) {
            OverlayDocument document = MAPPER.readValue(in, OverlayDocument.class);
            if (document == null) {
                throw new InputException(source.displayPath(), "the overlay is empty");
            }
            return document;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InputException(source.displayPath(), location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), "malformed overlay: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(source.displayPath(), "cannot read: " + e.getMessage(), e);
        }
    }
}
