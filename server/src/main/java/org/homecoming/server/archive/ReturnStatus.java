package org.homecoming.server.archive;

import java.util.Arrays;

/**
 * Where an artifact is on its way home: held by its custodian, asked for, in transit, returned to
 * the family, or deposited with a museum or archive.
 *
 * <pre>{@code
 * ReturnStatus.parse("RETURNED_TO_FAMILY");
 * }</pre>
 */
public enum ReturnStatus {
    HELD, RETURN_REQUESTED, IN_TRANSIT, RETURNED_TO_FAMILY, DEPOSITED;

    public static ReturnStatus parse(String value) {
        for (ReturnStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("return status must be one of " + Arrays.toString(values()) + ": " + value);
    }
}
