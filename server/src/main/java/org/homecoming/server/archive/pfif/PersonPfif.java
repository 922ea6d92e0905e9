package org.homecoming.server.archive.pfif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonStatus;

/**
 * Maps a registry person to a PFIF 1.4 person with one note stating where the search stands.
 *
 * <pre>{@code
 * PfifPerson p = new PersonPfif("mia.gov.vn", "Cục Người có công").toPfif(person, aliases, Instant.now());
 * p.personRecordId(); // "mia.gov.vn/MP-1"
 * }</pre>
 *
 * <p>Vietnamese addresses go commune → {@code home_neighborhood}, district → {@code home_city},
 * province → {@code home_state}; the country is the person's side. Unit, rank, date and place of
 * loss and circumstances go to {@code description}. A person still missing (or whose remains are
 * not yet identified) gets an {@code information_sought} note; an identified one {@code believed_dead}.
 */
public final class PersonPfif {

    private final String domain;
    private final String author;

    public PersonPfif(String domain, String author) {
        Pfif.checkRecordId("domain", domain + "/x");
        Pfif.required("author", author);
        this.domain = domain;
        this.author = author;
    }

    public PfifPerson toPfif(MissingPerson p, List<String> aliases, Instant sourceDate) {
        String id = domain + "/" + p.ref();
        PfifNote note = new PfifNote(domain + "/note." + p.ref(), id, author, sourceDate, status(p.status()),
                p.lossPlace(), "Status in the registry: " + p.status().name());
        return PfifPerson.of(id, p.fullName(), sourceDate)
                .withNames(given(p), p.familyName())
                .withSex(sex(p.sex()))
                .withDateOfBirth(p.birthDate())
                .withHome(p.homeCommune(), p.homeDistrict(), p.homeProvince(), p.side().name())
                .withSource(author, p.source(), null, sourceDate)
                .withDescription(aliases.isEmpty() ? null : String.join(", ", aliases), description(p))
                .withNotes(List.of(note));
    }

    static String status(PersonStatus s) {
        return switch (s) {
            case MISSING, REMAINS_RECOVERED, UNDER_IDENTIFICATION -> "information_sought";
            case IDENTIFIED, FAMILY_NOTIFIED, REBURIED, REPATRIATED -> "believed_dead";
        };
    }

    private static String given(MissingPerson p) {
        if (p.middleName() == null) {
            return p.givenName();
        }
        return p.givenName() == null ? p.middleName() : p.middleName() + " " + p.givenName();
    }

    private static String sex(String s) {
        if ("M".equals(s)) {
            return "male";
        }
        return "F".equals(s) ? "female" : null;
    }

    private static String description(MissingPerson p) {
        List<String> parts = new ArrayList<>();
        add(parts, "Unit", p.unit());
        add(parts, "Rank", p.rank());
        add(parts, "Service number", p.serviceNumber());
        add(parts, "Date of loss", p.lossDate());
        add(parts, "Place of loss", p.lossPlace());
        add(parts, "Circumstances", p.circumstances());
        add(parts, "Burial", p.burialInfo());
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + ": " + value);
        }
    }
}
