package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.labVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The alleles a search job added to its loci are stored as rows; jobs recorded before keep their text. */
@IdentificationTest
class AddedAllelesTests {

    @Autowired
    SearchJobRepository jobs;
    @Autowired
    FrequencyRepository frequencies;
    @Autowired
    IdentificationSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private SearchJob finishedJob(Map<String, List<String>> added) {
        long id = jobs.insert("ALL", "test", EngineVersion.current(), frequencies.active().id(),
                settings.mutationSpec().toString(), 0, 1000, 5);
        jobs.start(id, 0, 0, 0, "D1S1656,FGA", added);
        jobs.finish(id, 0, 0, null, null);
        return jobs.find(id).orElseThrow();
    }

    private static Map<String, List<String>> added() {
        Map<String, List<String>> added = new LinkedHashMap<>();
        added.put("FGA", List.of("50"));
        added.put("D1S1656", List.of("99", "8.1"));
        return added;
    }

    @Test
    void aJobsAddedAllelesRoundTripAsRowsInLocusOrder() {
        SearchJob job = finishedJob(added());
        assertThat(jobs.addedAlleleRows(job.id())).containsExactly(new SearchJobAllele("D1S1656", 0, "99"),
                new SearchJobAllele("D1S1656", 1, "8.1"), new SearchJobAllele("FGA", 0, "50"));
        assertThat(jobs.addedAlleles(job)).isEqualTo(added());
        assertThat(job.addedAlleles()).isNull();
        assertThat(jobs.addedAlleles(finishedJob(Map.of()))).isEmpty();
    }

    /** The API shows a new job's added alleles, stored as rows, as the same text an old job holds. */
    @Test
    void theApiShowsANewJobsAddedAllelesAsTextLikeAnOldJobs() throws Exception {
        SearchJob current = finishedJob(added());
        SearchJob old = finishedJob(Map.of());
        jdbc.sql("UPDATE ident_search_job SET added_alleles = 'D1S1656=99,8.1;FGA=50' WHERE id = ?").param(old.id()).update();
        SearchJob none = finishedJob(Map.of());
        for (long id : new long[] {current.id(), old.id()}) {
            mvc.perform(get("/api/v1/identification/searches/" + id).with(labVn())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.addedAlleles").value("D1S1656=99,8.1;FGA=50"));
        }
        mvc.perform(get("/api/v1/identification/searches/" + none.id()).with(labVn()))
                .andExpect(jsonPath("$.addedAlleles").value(""));
        mvc.perform(get("/api/v1/identification/searches").with(labVn()))
                .andExpect(jsonPath("$[?(@.id == " + current.id() + ")].addedAlleles").value("D1S1656=99,8.1;FGA=50"));
    }

    /** A job from before V360 holds {@code LOCUS=a,b;LOCUS=c} text and no rows; it rebuilds the same loci and LR. */
    @Test
    void anOldJobWithItsAllelesAsTextRecomputesTheSameLr() {
        SearchJob current = finishedJob(added());
        SearchJob old = finishedJob(Map.of());
        jdbc.sql("UPDATE ident_search_job SET added_alleles = 'D1S1656=99,8.1;FGA=50' WHERE id = ?").param(old.id()).update();
        old = jobs.find(old.id()).orElseThrow();
        assertThat(jobs.addedAlleleRows(old.id())).isEmpty();
        assertThat(jobs.addedAlleles(old)).isEqualTo(added());

        List<Locus> now = loci(current);
        List<Locus> then = loci(old);
        assertThat(then).extracting(Locus::alleles).isEqualTo(now.stream().map(Locus::alleles).toList());
        assertThat(then.get(0).alleles()).contains("99", "8.1");
        // a father 99/11 and remains 99/12: the added allele carries the LR, far above 1
        Pedigree p = Pedigree.nuclear("FA", "MO", "MP");
        SearchFamily f = new SearchFamily("F", "MP", p, GenotypeTable.builder()
                .put("FA", "D1S1656", Genotype.of("99", "11")).put("FA", "FGA", Genotype.of("50", "21")).build());
        RemainsProfile r =
                RemainsProfile.of("R", Map.of("D1S1656", Genotype.of("99", "12"), "FGA", Genotype.of("50", "22")));
        double lrThen = PairwiseLr.lr(f, r, then, LikelihoodOptions.defaults());
        assertThat(lrThen).isEqualTo(PairwiseLr.lr(f, r, now, LikelihoodOptions.defaults())).isGreaterThan(100);
    }

    private List<Locus> loci(SearchJob job) {
        return SearchModel.loci(frequencies.find(job.frequencyDbId()).database(), List.of(job.loci().split(",")),
                jobs.addedAlleles(job), MutationSpec.parse(job.mutationModel()));
    }
}
