package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.RepositoryTest;
import org.homecoming.server.identification.SearchJobRepository.UnsearchedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of {@link SearchJobRepository} on rows written here: samples not searched yet, and jobs as shown. */
@RepositoryTest
class SearchJobRepositoryTests {

    @Autowired
    SearchJobRepository jobs;
    @Autowired
    JdbcClient jdbc;

    long frequencies;

    @BeforeEach
    void frequencyTable() {
        frequencies = new RegistryRows(jdbc).frequencyTable("sha-t");
    }

    private long job() {
        return jobs.insert("NEW", "test", "engine", frequencies, "equal(rate=0)", 0, 1000, 5);
    }

    @Test
    void unsearchedSamplesHaveCallsAndNoSearchYet() {
        RegistryRows rows = new RegistryRows(jdbc);
        long remains = rows.remains("R-U1", rows.site("S-U1"), "RECOVERED");
        long person = rows.person("MP-U1", "MISSING");
        long member = rows.member("FM-U1", person, true);
        long ofRemains = rows.remainsSample("SR-U1", remains);
        rows.call(ofRemains, "D3S1358", "15", "16", "OK");
        long ofMember = rows.memberSample("SM-U1", member);
        rows.call(ofMember, "D3S1358", "15", "17", "OK");
        rows.remainsSample("SR-U2", remains); // no calls: nothing to search
        long searched = rows.remainsSample("SR-U3", remains);
        rows.call(searched, "D3S1358", "14", "16", "OK");
        jobs.markSearched(job(), List.of(searched));

        assertThat(jobs.unsearchedSamples()).containsExactly(new UnsearchedSample(ofRemains, remains, null),
                new UnsearchedSample(ofMember, null, person));
    }

    @Test
    void aStartedJobIsShownWithItsAddedAllelesAsText() {
        Map<String, List<String>> added = new LinkedHashMap<>();
        added.put("FGA", List.of("50"));
        added.put("D1S1656", List.of("99", "8.1"));
        long id = job();
        jobs.start(id, 1, 1, 1, "D1S1656,FGA", added);
        SearchJob stored = jobs.find(id).orElseThrow();
        assertThat(stored.addedAlleles()).isNull();
        SearchJob shown = jobs.shown(stored);
        assertThat(shown.addedAlleles()).isEqualTo("D1S1656=99,8.1;FGA=50");
        assertThat(shown).usingRecursiveComparison().ignoringFields("addedAlleles").isEqualTo(stored);
    }

    @Test
    void aStartedJobThatAddedNothingShowsEmptyTextAndAQueuedOneNull() {
        long none = job();
        jobs.start(none, 1, 1, 1, "D3S1358", Map.of());
        assertThat(jobs.shown(jobs.find(none).orElseThrow()).addedAlleles()).isEmpty();
        assertThat(jobs.shown(jobs.find(job()).orElseThrow()).addedAlleles()).isNull();
    }

    @Test
    void anOldJobKeepsItsText() {
        long old = job();
        jobs.start(old, 1, 1, 1, "TH01", Map.of());
        jdbc.sql("UPDATE ident_search_job SET added_alleles = 'TH01=13.3' WHERE id = ?").param(old).update();
        assertThat(jobs.shown(jobs.find(old).orElseThrow()).addedAlleles()).isEqualTo("TH01=13.3");
    }
}
