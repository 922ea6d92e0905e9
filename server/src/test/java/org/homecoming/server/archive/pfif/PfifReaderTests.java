package org.homecoming.server.archive.pfif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PfifReaderTests {

    static List<PfifPerson> read(String xml) {
        return new PfifReader().read(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">\n";

    @Test
    void personsAndTopLevelNotesAreJoinedByRecordId() {
        List<PfifPerson> persons = read(HEAD
                + "<pfif:person><pfif:person_record_id>example.org/p1</pfif:person_record_id>"
                + "<pfif:source_date>2011-03-12T09:00:00Z</pfif:source_date><pfif:full_name>Tanaka Hiro</pfif:full_name>"
                + "<pfif:photo_url>http://example.org/p.jpg</pfif:photo_url><x:extra xmlns:x=\"urn:x\">ignored</x:extra>"
                + "</pfif:person>\n"
                + "<pfif:note><pfif:note_record_id>example.org/n1</pfif:note_record_id>"
                + "<pfif:person_record_id>example.org/p1</pfif:person_record_id><pfif:author_name>Aiko</pfif:author_name>"
                + "<pfif:source_date>2011-03-13T10:00:00Z</pfif:source_date><pfif:status>believed_alive</pfif:status>"
                + "<pfif:text>Seen at the shelter</pfif:text></pfif:note></pfif:pfif>");

        assertThat(persons).hasSize(1);
        PfifPerson p = persons.get(0);
        assertThat(p.fullName()).isEqualTo("Tanaka Hiro");
        assertThat(p.sourceDate()).isEqualTo(Instant.parse("2011-03-12T09:00:00Z"));
        assertThat(p.notes()).extracting(PfifNote::status, PfifNote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("believed_alive", "Seen at the shelter"));
    }

    @Test
    void refusalsNameTheProblemAndTheLine() {
        assertThatThrownBy(() -> read("<pfif xmlns=\"http://zesty.ca/pfif/1.2\"/>")).hasMessage("not a PFIF 1.4"
                + " document: root element is {http://zesty.ca/pfif/1.2}pfif, expected {http://zesty.ca/pfif/1.4}pfif");
        assertThatThrownBy(() -> read(HEAD + "<pfif:person>\n<pfif:person_record_id>example.org/p1</pfif:person_record_id>"
                + "<pfif:full_name>X</pfif:full_name></pfif:person></pfif:pfif>"))
                .hasMessage("PFIF person at line 3: source_date of person example.org/p1 is required: null");
        assertThatThrownBy(() -> read(HEAD + "<pfif:person><pfif:person_record_id>p1</pfif:person_record_id>"
                + "</pfif:person></pfif:pfif>"))
                .hasMessage("PFIF person at line 3: person_record_id must be domain/id, e.g. mia.gov.vn/MP-1: p1");
        assertThatThrownBy(() -> read(HEAD + "<pfif:person><pfif:person_record_id>a.org/p1</pfif:person_record_id>"
                + "<pfif:source_date>2011-03-12</pfif:source_date></pfif:person></pfif:pfif>"))
                .hasMessage("PFIF person at line 3: source_date must be yyyy-mm-ddThh:mm:ssZ (UTC): 2011-03-12");
        assertThatThrownBy(() -> read(HEAD + "<pfif:note><pfif:note_record_id>a.org/n1</pfif:note_record_id>"
                + "<pfif:author_name>A</pfif:author_name><pfif:source_date>2011-03-12T00:00:00Z</pfif:source_date>"
                + "</pfif:note></pfif:pfif>"))
                .hasMessage("PFIF note at line 3: person_record_id is required for a note outside a person: null");
        assertThatThrownBy(() -> read("<pfif")).hasMessageStartingWith("PFIF is not well-formed XML: ");
    }

    @Test
    void valuesOfTheWrongFormAreRefusedWhenBuilt() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> PfifPerson.of("a.org/1", "X", t).withSex("M"))
                .hasMessage("sex must be female, male or other: M");
        assertThatThrownBy(() -> PfifPerson.of("a.org/1", "X", t).withDateOfBirth("03/1948"))
                .hasMessage("date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD: 03/1948");
        assertThatThrownBy(() -> new PfifNote("a.org/n", "a.org/1", "A", t, "found", null, null))
                .hasMessage("status of note a.org/n must be one of information_sought, is_note_author,"
                        + " believed_alive, believed_missing, believed_dead: found");
        assertThatThrownBy(() -> PfifPerson.of("a.org/1", " ", t)).hasMessage("full_name is required:  ");
    }
}
