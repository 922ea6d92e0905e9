package org.homecoming.server.archive.pfif;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The constants and value rules of PFIF 1.4 (http://zesty.ca/pfif/1.4/): namespace, field order,
 * record ids, dates.
 *
 * <pre>{@code
 * Pfif.formatDate(Instant.parse("2024-05-02T07:30:15.250Z")); // "2024-05-02T07:30:15Z"
 * Pfif.checkRecordId("person_record_id", "mia.gov.vn/MP-1"); // ok
 * }</pre>
 */
public final class Pfif {

    public static final String NAMESPACE = "http://zesty.ca/pfif/1.4";

    /** The fields of a person record in the order PFIF 1.4 prescribes. */
    public static final List<String> PERSON_FIELDS = List.of("person_record_id", "entry_date", "expiry_date",
            "author_name", "author_email", "author_phone", "source_name", "source_date", "source_url", "full_name",
            "given_name", "family_name", "alternate_names", "description", "sex", "date_of_birth", "age",
            "home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country",
            "photo_url", "profile_urls");

    /** The fields of a note record in the order PFIF 1.4 prescribes. */
    public static final List<String> NOTE_FIELDS = List.of("note_record_id", "person_record_id",
            "linked_person_record_id", "entry_date", "author_name", "author_email", "author_phone", "source_date",
            "author_made_contact", "status", "email_of_found_person", "phone_of_found_person", "last_known_location",
            "text", "photo_url");

    /** A record id: a domain name, a slash, and a string unique within that domain. */
    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/\\S+");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    static final Pattern DATE_OF_BIRTH = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Pfif() {
    }

    /** The UTC form {@code yyyy-mm-ddThh:mm:ssZ}, fractions of a second dropped. */
    public static String formatDate(Instant t) {
        return FORMAT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Reads {@code yyyy-mm-ddThh:mm:ssZ}; {@code field} names it in the error. */
    public static Instant parseDate(String field, String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be yyyy-mm-ddThh:mm:ssZ (UTC): " + value);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a valid date: " + value, e);
        }
    }

    static void checkRecordId(String field, String id) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " must be domain/id, e.g. mia.gov.vn/MP-1: " + id);
        }
    }

    static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required: " + value);
        }
    }
}
