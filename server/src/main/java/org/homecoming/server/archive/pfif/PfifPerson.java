package org.homecoming.server.archive.pfif;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A PFIF 1.4 person record with the fields Homecoming exchanges, and its notes.
 *
 * <pre>{@code
 * PfifPerson p = PfifPerson.of("mia.gov.vn/MP-1", "Nguyễn Văn Thành", Instant.parse("2024-05-02T00:00:00Z"))
 *         .withNames("Thành", "Nguyễn").withSex("male").withDateOfBirth("1948");
 * }</pre>
 *
 * <p>Required by PFIF: {@code person_record_id} ({@code domain/id}), {@code source_date} and
 * {@code full_name}. {@code sex} is null, female, male or other; {@code dateOfBirth} YYYY, YYYY-MM or
 * YYYY-MM-DD; {@code homeCountry} an ISO 3166-1 two-letter code.
 */
public record PfifPerson(String personRecordId, Instant entryDate, String authorName, String sourceName,
        Instant sourceDate, String sourceUrl, String fullName, String givenName, String familyName,
        String alternateNames, String description, String sex, String dateOfBirth, String homeNeighborhood,
        String homeCity, String homeState, String homeCountry, List<PfifNote> notes) {

    public static final Set<String> SEXES = Set.of("female", "male", "other");

    public PfifPerson {
        Pfif.checkRecordId("person_record_id", personRecordId);
        Pfif.required("full_name", fullName);
        if (sourceDate == null) {
            throw new IllegalArgumentException("source_date of person " + personRecordId + " is required: null");
        }
        if (sex != null && !SEXES.contains(sex)) {
            throw new IllegalArgumentException("sex must be female, male or other: " + sex);
        }
        if (dateOfBirth != null && !Pfif.DATE_OF_BIRTH.matcher(dateOfBirth).matches()) {
            throw new IllegalArgumentException("date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD: " + dateOfBirth);
        }
        if (homeCountry != null && !homeCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("home_country must be an ISO 3166-1 two-letter code: " + homeCountry);
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A person with only the required fields. */
    public static PfifPerson of(String personRecordId, String fullName, Instant sourceDate) {
        return new PfifPerson(personRecordId, null, null, null, sourceDate, null, fullName, null, null, null, null,
                null, null, null, null, null, null, List.of());
    }

    public PfifPerson withNames(String given, String family) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                given, family, alternateNames, description, sex, dateOfBirth, homeNeighborhood, homeCity, homeState,
                homeCountry, notes);
    }

    public PfifPerson withSex(String s) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                givenName, familyName, alternateNames, description, s, dateOfBirth, homeNeighborhood, homeCity,
                homeState, homeCountry, notes);
    }

    public PfifPerson withDateOfBirth(String d) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                givenName, familyName, alternateNames, description, sex, d, homeNeighborhood, homeCity, homeState,
                homeCountry, notes);
    }

    public PfifPerson withHome(String neighborhood, String city, String state, String country) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                givenName, familyName, alternateNames, description, sex, dateOfBirth, neighborhood, city, state,
                country, notes);
    }

    public PfifPerson withSource(String author, String source, String url, Instant entered) {
        return new PfifPerson(personRecordId, entered, author, source, sourceDate, url, fullName, givenName,
                familyName, alternateNames, description, sex, dateOfBirth, homeNeighborhood, homeCity, homeState,
                homeCountry, notes);
    }

    public PfifPerson withDescription(String alternates, String text) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                givenName, familyName, alternates, text, sex, dateOfBirth, homeNeighborhood, homeCity, homeState,
                homeCountry, notes);
    }

    public PfifPerson withNotes(List<PfifNote> n) {
        return new PfifPerson(personRecordId, entryDate, authorName, sourceName, sourceDate, sourceUrl, fullName,
                givenName, familyName, alternateNames, description, sex, dateOfBirth, homeNeighborhood, homeCity,
                homeState, homeCountry, n);
    }
}
