package org.homecoming.server.registry;

import java.util.List;

/**
 * A missing person about to be registered, with its aliases and the source the record came from:
 * what {@link PersonService#create(NewPerson, String)} and {@link PersonService#createAll} take,
 * whoever creates it (the form, a programme import, an exchange package).
 *
 * <pre>{@code
 * NewPerson n = new NewPerson(form.toPerson(0, "MP-1", 0, Nfc::clean), form.aliasList(), "DOCUMENT", "Sổ liệt sĩ");
 * long id = persons.create(n, "officer-vn");
 * }</pre>
 *
 * <p>{@code person} carries id 0 and version 0; its present-day province is filled in on creation.
 * {@code sourceKind} is the kind of the record's fact source ({@code DOCUMENT}, {@code IMPORT},
 * {@code EXCHANGE}) and {@code sourceReference} what it names.
 */
public record NewPerson(MissingPerson person, List<String> aliases, String sourceKind, String sourceReference) {

    public NewPerson {
        aliases = List.copyOf(aliases);
    }
}
