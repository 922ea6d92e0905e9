package org.homecoming.server.registry;

/**
 * One dated event of a person's story, for the timeline: {@code date} is a partial date or an
 * ISO date-time; {@code kind} is BIRTH, LOSS, RECOVERY, STATUS or MERGE.
 */
public record TimelineEvent(String date, String kind, String text) {
}
