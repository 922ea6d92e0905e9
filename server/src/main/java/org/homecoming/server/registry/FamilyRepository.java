package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores family members and their consent. */
@Repository
public class FamilyRepository {

    private final JdbcClient jdbc;
    private final ConsentRepository consents;
    private final CurrentUsers currentUsers;

    FamilyRepository(JdbcClient jdbc, ConsentRepository consents, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.currentUsers = currentUsers;
    }

    /**
     * Stores a new member. The consent flags it comes with (form, CSV import, exchange package) are
     * its first consent entries: {@code consentShare} a RECORD grant, with {@code consentDna} also a
     * GENETIC grant, dated {@code consentDate} (today when absent); contact consent is never implied.
     */
    public long insert(FamilyMember m) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO family_member (ref, family_ref, person_id, full_name, sex, birth_year, relationship,"
                        + " father_ref, mother_ref, living, contact, consent_dna, consent_share, consent_date,"
                        + " consent_withdrawn, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(m.ref(), m.familyRef(), m.personId(), m.fullName(), m.sex(), m.birthYear(), m.relationship(),
                        m.fatherRef(), m.motherRef(), m.living(), m.contact(), m.consentDna(), m.consentShare(),
                        m.consentDate(), m.consentWithdrawn())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (m.consentShare() && m.consentWithdrawn() == null) {
            LocalDate from = m.consentDate() != null && !m.consentDate().isAfter(LocalDate.now()) ? m.consentDate()
                    : LocalDate.now();
            String by = currentUsers.get().username();
            OffsetDateTime now = OffsetDateTime.now();
            consents.add(new MemberConsent(0, id, ConsentScope.RECORD, true, from, "consent to share given with the record",
                    by, now));
            if (m.consentDna()) {
                consents.add(new MemberConsent(0, id, ConsentScope.GENETIC, true, from,
                        "consent to share and to DNA use given with the record", by, now));
            }
        }
        return id;
    }

    public List<FamilyMember> ofPerson(long personId) {
        return jdbc.sql("SELECT * FROM family_member WHERE person_id = ? ORDER BY id").param(personId)
                .query(FamilyRepository::map).list();
    }

    /** The first missing person of the family that person {@code personId} stands in as a row of, if any. */
    public Optional<Long> headOf(long personId) {
        return jdbc.sql("SELECT person_id FROM family_member WHERE represents_person_id = ?").param(personId)
                .query(Long.class).optional();
    }

    /** The refs of the rows of {@code headId}'s family that stand for another missing person. */
    public Set<String> missingRows(long headId) {
        return new HashSet<>(jdbc.sql("SELECT ref FROM family_member WHERE person_id = ? AND represents_person_id IS NOT NULL")
                .param(headId).query(String.class).list());
    }

    public Optional<FamilyMember> find(long id) {
        return jdbc.sql("SELECT * FROM family_member WHERE id = ?").param(id).query(FamilyRepository::map).optional();
    }

    /** Changes consent if the stored version is {@code seen}; false otherwise. */
    public boolean updateConsent(long id, boolean dna, boolean share, LocalDate date, LocalDate withdrawn, int seen) {
        return jdbc.sql("UPDATE family_member SET consent_dna = ?, consent_share = ?, consent_date = ?,"
                        + " consent_withdrawn = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(dna, share, date, withdrawn, id, seen).update() == 1;
    }

    /** Ids of the members of a person's family who have an autosomal profile. */
    public Set<Long> profiled(long personId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT s.family_member_id FROM sample s JOIN family_member f"
                        + " ON f.id = s.family_member_id WHERE f.person_id = ?"
                        + " AND EXISTS (SELECT 1 FROM str_call c WHERE c.sample_id = s.id)")
                .param(personId).query(Long.class).list());
    }

    static FamilyMember map(ResultSet rs, int n) throws SQLException {
        return new FamilyMember(rs.getLong("id"), rs.getString("ref"), rs.getString("family_ref"),
                rs.getLong("person_id"), rs.getString("full_name"), rs.getString("sex"),
                rs.getObject("birth_year", Integer.class), rs.getString("relationship"), rs.getString("father_ref"),
                rs.getString("mother_ref"), rs.getBoolean("living"), rs.getString("contact"),
                rs.getBoolean("consent_dna"), rs.getBoolean("consent_share"),
                rs.getObject("consent_date", LocalDate.class), rs.getObject("consent_withdrawn", LocalDate.class),
                rs.getInt("version"));
    }
}
