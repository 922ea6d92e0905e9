package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.homecoming.server.identification.GeneticDataRepository.MemberCall;
import org.homecoming.server.identification.GeneticDataRepository.MemberHaplotype;
import org.homecoming.server.identification.GeneticDataRepository.PersonRow;
import org.homecoming.server.identification.GeneticDataRepository.RemainsCall;
import org.homecoming.server.identification.GeneticDataRepository.RemainsHaplotype;
import org.homecoming.server.identification.GeneticDataRepository.RemainsRow;
import org.homecoming.server.identification.GeneticDataRepository.RemainsScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@link GeneticDataRepository} reads from rows written here: open remains R-OPEN (two samples),
 * identified remains R-DONE; missing person MP-1 with members FM-1 (consents), FM-2 (no DNA consent),
 * FM-3 (consent withdrawn) and FM-4 (stands for the identified MP-2); MP-3 merged into MP-1. Run on
 * H2 ({@link GeneticDataRepositoryOnH2Tests}) and PostgreSQL ({@link GeneticDataRepositoryOnPostgresTests}).
 */
@Transactional // rolled back after each test: on a contract's inherited methods the slice's own @Transactional is not seen
abstract class GeneticDataRepositoryContract {

    @Autowired
    GeneticDataRepository repository;
    @Autowired
    JdbcClient jdbc;

    long open;
    long done;
    long mp1;
    long mp2;
    long fm1;
    long fm4;

    @BeforeEach
    void rows() {
        RegistryRows rows = new RegistryRows(jdbc);
        long site = rows.site("S-1");
        open = rows.remains("R-OPEN", site, "RECOVERED");
        done = rows.remains("R-DONE", site, "IDENTIFIED");
        long first = rows.remainsSample("SR-1", open);
        rows.call(first, "TH01", "7", "9", "DEGRADED");
        rows.call(first, "D3S1358", "15", "16", "OK");
        rows.haplotype(first, "YSTR", "y-first");
        long second = rows.remainsSample("SR-2", open);
        rows.call(second, "D3S1358", "14", "16", "OK");
        rows.haplotype(second, "YSTR", "y-second");
        rows.haplotype(second, "MTDNA", "mt-second");
        rows.call(rows.remainsSample("SR-3", done), "FGA", "20", "22", "OK");

        mp1 = rows.person("MP-1", "MISSING");
        mp2 = rows.person("MP-2", "IDENTIFIED");
        long mp3 = rows.person("MP-3", "MISSING");
        rows.merge(mp3, mp1);
        fm1 = rows.member("FM-1", mp1, true);
        long fm2 = rows.member("FM-2", mp1, false);
        long fm3 = rows.member("FM-3", mp1, true);
        rows.withdraw(fm3);
        fm4 = rows.member("FM-4", mp1, true);
        rows.represents(fm4, mp2);
        rows.member("FM-5", mp3, true);
        long s1 = rows.memberSample("SM-1", fm1);
        rows.call(s1, "D3S1358", "15", "17", "OK");
        rows.haplotype(s1, "YSTR", "y-father");
        long s2 = rows.memberSample("SM-2", fm2);
        rows.call(s2, "D3S1358", "11", "12", "OK");
        rows.haplotype(s2, "YSTR", "y-refused");
        rows.call(rows.memberSample("SM-3", fm3), "D3S1358", "13", "13", "OK");
        rows.call(rows.memberSample("SM-4", fm4), "FGA", "21", "24", "OK");
    }

    @Test
    void openCallsAreOnlyThoseOfOpenRemainsBySampleThenLocus() {
        assertThat(repository.remainsCalls(RemainsScope.OPEN, null)).containsExactly(
                new RemainsCall(open, "D3S1358", "15", "16", "OK"), new RemainsCall(open, "TH01", "7", "9", "DEGRADED"),
                new RemainsCall(open, "D3S1358", "14", "16", "OK"));
    }

    @Test
    void allCallsIncludeIdentifiedRemains() {
        assertThat(repository.remainsCalls(RemainsScope.ALL, null)).extracting(RemainsCall::remainsId)
                .containsExactly(open, open, open, done);
    }

    @Test
    void callsOfGivenIdsAreThoseIdsWithinTheScope() {
        assertThat(repository.remainsCalls(RemainsScope.ALL, Set.of(done)))
                .containsExactly(new RemainsCall(done, "FGA", "20", "22", "OK"));
        assertThat(repository.remainsCalls(RemainsScope.OPEN, Set.of(done))).isEmpty();
        assertThat(repository.remainsCalls(RemainsScope.ALL, Set.of())).isEmpty();
    }

    @Test
    void rowsFollowTheScopeAndTheIds() {
        RemainsRow openRow = repository.remainsRows(RemainsScope.OPEN, null).get(0);
        assertThat(openRow.ref()).isEqualTo("R-OPEN");
        assertThat(openRow.sexEstimate()).isEqualTo("M");
        assertThat(repository.remainsRows(RemainsScope.OPEN, null)).hasSize(1);
        assertThat(repository.remainsRows(RemainsScope.ALL, null)).extracting(RemainsRow::ref)
                .containsExactly("R-OPEN", "R-DONE");
        assertThat(repository.remainsRows(RemainsScope.ALL, List.of(done))).extracting(RemainsRow::ref)
                .containsExactly("R-DONE");
        assertThat(repository.remainsRows(RemainsScope.OPEN, List.of())).isEmpty();
    }

    @Test
    void aLongIdListIsBoundAsParameters() {
        Set<Long> ids = LongStream.rangeClosed(1, 3000).map(i -> -i).boxed().collect(Collectors.toSet());
        ids.add(open);
        assertThat(repository.remainsRows(RemainsScope.ALL, ids)).extracting(RemainsRow::id).containsExactly(open);
    }

    @Test
    void haplotypesComeInSampleOrder() {
        assertThat(repository.remainsHaplotypes()).filteredOn(h -> h.remainsId() == open)
                .extracting(RemainsHaplotype::haplotype).startsWith("y-first").contains("y-second", "mt-second")
                .hasSize(3);
    }

    @Test
    void personsAreUnmergedOnesWithWhetherTheyAreStillSearchedFor() {
        assertThat(repository.persons()).filteredOn(p -> p.ref().startsWith("MP-"))
                .containsExactly(new PersonRow(mp1, "MP-1", "M", true), new PersonRow(mp2, "MP-2", "M", false));
    }

    @Test
    void familyRowsOfUnmergedPersonsKeepWhomARowStandsFor() {
        var rows = repository.familyRows();
        assertThat(rows).extracting(r -> r.member().ref()).containsExactly("FM-1", "FM-2", "FM-3", "FM-4");
        assertThat(rows).filteredOn(r -> r.member().id() == fm4).singleElement()
                .extracting(GeneticDataRepository.FamilyRow::representsPersonId).isEqualTo(mp2);
        assertThat(rows.get(0).representsPersonId()).isNull();
        assertThat(rows.get(1).member().consentDna()).isFalse();
    }

    @Test
    void memberCallsAreThoseOfMembersWhoConsentAndHaveNotWithdrawn() {
        List<MemberCall> expected = List.of(new MemberCall(mp1, "FM-1", "D3S1358", "15", "17"),
                new MemberCall(mp1, "FM-4", "FGA", "21", "24"));
        assertThat(repository.memberCalls(null)).isEqualTo(expected);
        assertThat(repository.memberCalls(Set.of(mp1))).isEqualTo(expected);
        assertThat(repository.memberCalls(Set.of(mp2))).isEmpty();
        assertThat(repository.memberCalls(Set.of())).isEmpty();
    }

    @Test
    void memberHaplotypesLeaveOutMembersWithoutDnaConsent() {
        assertThat(repository.memberHaplotypes())
                .containsExactly(new MemberHaplotype(mp1, "FM-1", "YSTR", "y-father"));
    }
}
