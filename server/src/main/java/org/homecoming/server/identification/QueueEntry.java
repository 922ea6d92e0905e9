package org.homecoming.server.identification;

/**
 * A line of the review queue: remains with open candidates, the best of them, and whether a
 * confirmation is waiting for its second analyst.
 */
public record QueueEntry(long remainsId, String remainsRef, String siteName, int candidates, double bestLog10Lr,
        String bestPerson, boolean pendingSecond) {
}
