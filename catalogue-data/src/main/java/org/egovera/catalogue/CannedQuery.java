package org.egovera.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A SPARQL query shipped with the catalogue that answers a question collaboration groups ask.
 *
 * @param name       the file name without {@code .rq}: what {@code egovera query --name} takes
 * @param title      a short title
 * @param question   the question it answers, in a sentence or two
 * @param parameters the variables a user may bind (others are the query's own)
 * @param text       the SPARQL text
 */
public record CannedQuery(String name, String title, String question, List<Parameter> parameters, String text) {

    /**
     * A variable the user may bind with {@code --param name=value}.
     *
     * @param defaultValue the value bound when the user gives none; null leaves the variable free (all rows)
     */
    public record Parameter(String name, String defaultValue, String description) {
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(parameter -> parameter.name().equals(parameterName)).findFirst();
    }
}
