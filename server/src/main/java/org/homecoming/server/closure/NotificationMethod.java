package org.homecoming.server.closure;

/** How a family was told of an identification. */
public enum NotificationMethod {
    IN_PERSON, LETTER, PHONE
}
