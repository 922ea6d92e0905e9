package org.homecoming.server.cooperation;

/**
 * The forms cooperation takes when people meet.
 *
 * <pre>{@code
 * MeetingKind.valueOf("JOINT_WORKING_GROUP");
 * }</pre>
 */
public enum MeetingKind {
    JOINT_WORKING_GROUP, DELEGATION_VISIT, WORKSHOP, DIALOGUE, TRAINING
}
