package org.homecoming.server.assistance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A dated Short Set assessment; a person's assessments in date order show how functioning changed.
 *
 * <pre>{@code
 * assessment.answers().disability();
 * }</pre>
 */
public record Assessment(long id, long personId, LocalDate assessedOn, FunctioningAnswers answers, String recordedBy) {

    @JsonProperty("disability")
    public boolean disability() {
        return answers.disability();
    }
}
