package org.egovera.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with a ceiling on the number of results: a query without a LIMIT, or with a
 * larger one, gets the server's limit, so that one careless query cannot stream the whole store.
 */
final class ResultLimitedQuery extends SPARQL_QueryDataset {

    private final long limit;

    ResultLimitedQuery(long limit) {
        this.limit = limit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (limit > 0 && (!query.hasLimit() || query.getLimit() > limit)) {
            query.setLimit(limit);
        }
    }
}
