package org.homecoming.server.landrelease.mission;

import org.homecoming.server.web.Enums;

/**
 * What a recovery mission found, and so which record holds it: remains (registry), an artifact (archive) or
 * explosive ordnance (land release). Labels: {@code mission.find.X}.
 *
 * <pre>{@code
 * FindKind.parse("artifact"); // ARTIFACT
 * }</pre>
 */
public enum FindKind {
    REMAINS, ARTIFACT, ORDNANCE;

    public static FindKind parse(String value) {
        return Enums.parse(FindKind.class, value, "kind");
    }
}
