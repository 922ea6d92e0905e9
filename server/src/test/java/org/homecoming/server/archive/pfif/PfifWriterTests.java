package org.homecoming.server.archive.pfif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PfifWriterTests {

    static final Instant T = Instant.parse("2024-05-02T07:30:15.250Z");

    static MissingPerson thanh() {
        return new MissingPerson(1, "MP-1", Side.VN, "Nguyễn Văn Thành", "Nguyễn", "Văn", "Thành", "M", "1948-03",
                1948, "Xã Hải Anh", "Huyện Hải Hậu", "Tỉnh Nam Định", "Tỉnh Ninh Bình", null, "Trung đoàn 48",
                "Binh nhất", "1968-02", 1968, "Đồi 31, Quảng Trị", null, null, null, null, "Hy sinh khi\u0007 đánh đồn",
                null, PersonStatus.MISSING, "Sổ liệt sĩ huyện Hải Hậu", null, 0);
    }

    static MissingPerson smith() {
        return new MissingPerson(2, "US-17", Side.US, "John A. Smith", "Smith", null, "John", "M", "1946-11-02",
                1946, null, "Dayton", "Ohio", null, "RA12345678", "1st Cavalry Division", "SP4", "1968-05-10",
                1968, "Quang Tri", null, null, null, null, null, null, PersonStatus.IDENTIFIED, "DPAA file", null, 0);
    }

    static byte[] export(List<MissingPerson> persons) {
        PersonPfif map = new PersonPfif("mia.gov.vn", "Homecoming VN");
        var out = new ByteArrayOutputStream();
        new PfifWriter().write(persons.stream().map(p -> map.toPfif(p, List.of("Nguyễn Văn Thanh"), T)).toList(), out);
        return out.toByteArray();
    }

    @Test
    void exportedPersonsFollowEveryPfif14Rule() {
        byte[] xml = export(List.of(thanh(), smith()));

        assertThat(PfifRules.violations(xml)).isEmpty();
        String s = new String(xml, UTF_8);
        assertThat(s).contains("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">")
                .contains("<pfif:person_record_id>mia.gov.vn/MP-1</pfif:person_record_id>")
                .contains("<pfif:source_date>2024-05-02T07:30:15Z</pfif:source_date>")
                .contains("<pfif:full_name>Nguyễn Văn Thành</pfif:full_name>")
                .contains("<pfif:given_name>Văn Thành</pfif:given_name>")
                .contains("<pfif:home_state>Tỉnh Nam Định</pfif:home_state>")
                .contains("<pfif:status>information_sought</pfif:status>")
                .contains("<pfif:status>believed_dead</pfif:status>")
                .contains("Hy sinh khi đánh đồn")
                .doesNotContain("\u0007");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        PersonPfif map = new PersonPfif("mia.gov.vn", "Homecoming VN");
        PfifPerson p = map.toPfif(thanh(), List.of("Nguyễn Văn Thanh"), Instant.parse("2024-05-02T07:30:15Z"));
        var out = new ByteArrayOutputStream();
        new PfifWriter().write(List.of(p), out);

        List<PfifPerson> back = new PfifReader().read(new ByteArrayInputStream(out.toByteArray()));

        PfifPerson clean = p.withDescription(p.alternateNames(), p.description().replace("\u0007", ""));
        assertThat(back).containsExactly(clean);
    }

    @Nested
    class TheRulesCatch {

        static List<String> check(String body) {
            return PfifRules.violations(("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">" + body + "</pfif:pfif>")
                    .getBytes(UTF_8));
        }

        @Test
        void aMissingRequiredField() {
            assertThat(check("<pfif:person><pfif:person_record_id>a.org/1</pfif:person_record_id>"
                    + "<pfif:full_name>X</pfif:full_name></pfif:person>"))
                    .containsExactly("person a.org/1: required field source_date is missing");
        }

        @Test
        void fieldsOutOfOrderBadDatesAndIdsAndStatuses() {
            assertThat(check("<pfif:person><pfif:person_record_id>nodomain</pfif:person_record_id>"
                    + "<pfif:full_name>X</pfif:full_name><pfif:source_date>2024-05-02 07:30</pfif:source_date>"
                    + "<pfif:note><pfif:note_record_id>a.org/n1</pfif:note_record_id>"
                    + "<pfif:author_name>A</pfif:author_name><pfif:source_date>2024-05-02T07:30:00Z</pfif:source_date>"
                    + "<pfif:status>found</pfif:status></pfif:note></pfif:person>"))
                    .containsExactly("person nodomain: person_record_id is not domain/id: nodomain",
                            "person nodomain: field source_date is out of order",
                            "note a.org/n1: status is not a PFIF 1.4 note status: found");
        }

        @Test
        void anotherNamespace() {
            assertThat(PfifRules.violations("<pfif xmlns=\"http://zesty.ca/pfif/1.2\"/>".getBytes(UTF_8)))
                    .containsExactly("document: root must be {http://zesty.ca/pfif/1.4}pfif,"
                            + " is {http://zesty.ca/pfif/1.2}pfif");
        }
    }
}
