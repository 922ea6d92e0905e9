package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code homecoming match} and the server's search weigh a programme the same way: one simulated
 * programme is read from its files as {@code match} reads it and searched as {@code match} searches,
 * and imported into the server and searched by its background job; every pair the job stores has
 * exactly the LR that {@code match} computes. Both paths map records to the engine through the
 * programme module's {@code SearchMapping}; this test fails if either path weighs a pair differently
 * (other loci, other alleles added, another pedigree, other references).
 *
 * <p>Both paths use the programme's {@code frequencies.txt} (uploaded as the server's active table).
 * The server runs on a database of its own (a search's loci depend on every profile in the
 * registry) and stores its top 1000 candidates per remains and per missing person, so every pair of
 * this small programme is compared.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-same-lr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-same-lr",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.top-k=1000",
    "homecoming.identification.power-simulations=50",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
class SameLrAsMatchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPairTheServerStoresHasTheLrMatchComputes(@TempDir Path dir) throws Exception {
        ProgrammeSimulator.simulate(SimulationSpec.of(30, 20, 20261205L).withUsShare(0).withBrothersShare(0.2), dir);
        // the same allele frequencies on both paths: the programme's table becomes the server's active one
        ProgrammeUpload.upload(mvc, dir, "same-lr");
        Map<String, Object> job = awaitSearch();

        Map<String, Double> server = new HashMap<>();
        jdbc.sql("SELECT r.ref AS remains, p.ref AS person, c.log10_lr FROM ident_candidate c"
                        + " JOIN remains r ON r.id = c.remains_id JOIN missing_person p ON p.id = c.person_id WHERE c.job_id = ?")
                .param(job.get("id"))
                .query((rs, n) -> server.put(rs.getString("remains") + "|" + rs.getString("person"), rs.getDouble("log10_lr")))
                .list();

        Programme p = ProgrammeReader.read(dir, new ProgrammeReader.Settings(MutationSpec.parse((String) job.get("mutation_model")),
                ((Number) job.get("degraded_dropout")).doubleValue()));
        SearchIndex index = SearchIndex.build(p.families(), p.loci(), LikelihoodOptions.defaults(), 1);
        List<Candidate> reported = DatabaseSearch.run(index, p.remains(), SearchOptions.defaults().withTopK(1000)
                .withThreshold(10000).withThreads(1)).reported();
        Map<String, Double> match = new HashMap<>();
        reported.forEach(c -> match.put(c.remains() + "|" + c.missing(), c.log10Lr()));

        assertThat(job.get("loci")).isEqualTo(String.join(",", p.loci().stream().map(l -> l.name()).toList()));
        assertThat(server).hasSizeGreaterThan(100);
        assertThat(server).isEqualTo(match);
    }

    /** The job the server starts by itself for the imported profiles, once finished. */
    private Map<String, Object> awaitSearch() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<Map<String, Object>> done = jdbc.sql("SELECT * FROM ident_search_job WHERE status IN ('DONE', 'FAILED')")
                    .query().listOfRows().stream().findFirst();
            if (done.isPresent()) {
                assertThat(done.get().get("status")).as(String.valueOf(done.get())).isEqualTo("DONE");
                return done.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no search job finished within 2 minutes");
    }
}
