package org.homecoming.server.cooperation.iati;

/**
 * An IATI file that cannot be read: the message names the file, the line and the element or attribute.
 *
 * <pre>{@code
 * throw new IatiFileException("us.xml", 17, "activity-status/@code", "must be 1 to 6: 9");
 * }</pre>
 */
public class IatiFileException extends IllegalArgumentException {

    public IatiFileException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + field + ": " + problem);
    }
}
