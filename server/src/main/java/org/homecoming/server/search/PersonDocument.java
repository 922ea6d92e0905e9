package org.homecoming.server.search;

import java.util.List;

/**
 * What the search index stores about one missing person: names, filter fields and places.
 *
 * <pre>{@code
 * PersonDocument d = PersonDocument.of(1, "VN", "Nguyễn Văn Thành")
 *         .withBirthYear(1948).withProvince("Nam Định");
 * }</pre>
 *
 * <p>{@code id} 0 stands for a record not yet registered (e.g. when looking for duplicates before
 * saving). {@code fullName} and {@code side} are required; when the name parts are null they are parsed
 * from the full name by {@link VietnameseNames#parse(String)}. Other fields may be null (unknown);
 * {@code aliases} null becomes an empty list.
 */
public record PersonDocument(long id, String side, String fullName, String familyName, String middleName,
        String givenName, List<String> aliases, String status, String province, String unit,
        Integer birthYear, Integer lossYear, String homePlace, String lossPlace) {

    public PersonDocument {
        if (id < 0) {
            throw new IllegalArgumentException("id must be >= 0: " + id);
        }
        if (side == null || side.isBlank()) {
            throw new IllegalArgumentException("side must not be blank: " + side);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName must not be blank: " + fullName);
        }
        if (familyName == null && middleName == null && givenName == null) {
            NameParts parts = VietnameseNames.parse(fullName);
            familyName = parts.family();
            middleName = parts.middle();
            givenName = parts.given();
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A document with only an id, a side and a full name (parts parsed from the name). */
    public static PersonDocument of(long id, String side, String fullName) {
        return new PersonDocument(id, side, fullName, null, null, null, List.of(), null, null, null,
                null, null, null, null);
    }

    public PersonDocument withStatus(String value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, value,
                province, unit, birthYear, lossYear, homePlace, lossPlace);
    }

    public PersonDocument withProvince(String value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                value, unit, birthYear, lossYear, homePlace, lossPlace);
    }

    public PersonDocument withUnit(String value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                province, value, birthYear, lossYear, homePlace, lossPlace);
    }

    public PersonDocument withBirthYear(Integer value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                province, unit, value, lossYear, homePlace, lossPlace);
    }

    public PersonDocument withLossYear(Integer value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                province, unit, birthYear, value, homePlace, lossPlace);
    }

    public PersonDocument withHomePlace(String value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                province, unit, birthYear, lossYear, value, lossPlace);
    }

    public PersonDocument withLossPlace(String value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, aliases, status,
                province, unit, birthYear, lossYear, homePlace, value);
    }

    public PersonDocument withAliases(List<String> value) {
        return new PersonDocument(id, side, fullName, familyName, middleName, givenName, value, status,
                province, unit, birthYear, lossYear, homePlace, lossPlace);
    }

    public PersonDocument withId(long value) {
        return new PersonDocument(value, side, fullName, familyName, middleName, givenName, aliases, status,
                province, unit, birthYear, lossYear, homePlace, lossPlace);
    }
}
