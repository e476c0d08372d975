package org.egovera.sparql;

import java.nio.file.Path;
import java.time.Duration;

import org.egovera.model.io.InputException;

/** A query that ran longer than allowed: the user reads which query and the limit. */
public final class QueryTimeoutException extends InputException {

    public QueryTimeoutException(Path query, Duration limit, Throwable cause) {
        super(query, 0, 0, "the query ran longer than " + seconds(limit) + " and was stopped (raise --timeout to allow more)", cause);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
