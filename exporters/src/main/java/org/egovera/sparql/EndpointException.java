package org.egovera.sparql;

import org.egovera.model.io.InputException;

/** A remote SPARQL or graph-store endpoint that cannot be reached or refuses the request. */
public final class EndpointException extends InputException {

    private final String endpoint;

    public EndpointException(String endpoint, String message, Throwable cause) {
        super(null, 0, 0, message, cause);
        this.endpoint = endpoint;
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public String oneLine() {
        return endpoint + ": " + getMessage();
    }
}
