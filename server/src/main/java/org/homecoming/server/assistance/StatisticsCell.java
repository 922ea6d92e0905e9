package org.homecoming.server.assistance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell of the statistics: people of a sex and age group counted in a functioning domain ({@code domain}: one of
 * the six, {@code disability} for the identifier, {@code reached} for everyone reached) or services delivered in an
 * IMAS 13.10 category ({@code service}); a suppressed cell has no count.
 *
 * <pre>{@code
 * {"sex":"F","ageGroup":"18-59","domain":"walking","count":null,"suppressed":true}
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatisticsCell(String sex, String ageGroup, String domain, String service,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer count, boolean suppressed) {
}
