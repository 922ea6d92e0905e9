package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two brothers both missing, in one family: typed parents, and the second brother's wife and son.
 * The remains of the second brother are searched against each brother; each LR is the engine's on
 * a pedigree drawn here by hand with that brother missing and the other one untyped in it. The
 * father's Y-STR haplotype, shared by the remains, is then weighed by its frequency counted first
 * among the registry's references and then in an uploaded population reference set.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-two-brothers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-two-brothers",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-simulations=50",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoBrothersSearchTests {

    /** Per locus five alleles a..e of the bundled table (each of frequency 0.03 to 0.2). */
    static final Map<String, String[]> ALLELES = Map.of(
            "D1S1656", new String[] {"11", "12", "13", "14", "17"},
            "D2S1338", new String[] {"17", "18", "19", "20", "21"},
            "FGA", new String[] {"19", "20", "21", "23", "24"},
            "SE33", new String[] {"18", "19", "20", "21", "23.2"},
            "D8S1179", new String[] {"10", "11", "12", "14", "15"},
            "D12S391", new String[] {"17", "18", "20", "21", "22"},
            "D18S51", new String[] {"12", "13", "14", "16", "17"},
            "D19S433", new String[] {"12", "14.2", "15", "15.2", "16.2"});
    /** Genotypes as pairs of allele indexes: father a/b, mother c/d, the remains (brother 2) a/c, his wife b/e, their son c/e. */
    static final RequestPostProcessor OFFICER = as("officer-vn", Side.VN, Role.CASE_OFFICER);
    static final RequestPostProcessor LAB = as("lab-a", Side.VN, Role.LAB_ANALYST);
    static final String FATHER_Y = "DYS19=14;DYS389I=13;DYS390=24";
    static final Map<String, int[]> TYPED = Map.of("FM-1", new int[] {0, 1}, "FM-2", new int[] {2, 3},
            "R-1", new int[] {0, 2}, "FM-4", new int[] {1, 4}, "FM-3", new int[] {2, 4});

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchJobRepository jobs;
    @Autowired
    FrequencyRepository frequencies;
    @Autowired
    ObjectMapper json;

    long jobId;

    @BeforeAll
    void importAndSearch() throws Exception {
        var upload = multipart("/api/v1/imports");
        programme().forEach((name, text) -> upload.file(new MockMultipartFile("files", name, "text/csv",
                text.getBytes(StandardCharsets.UTF_8))));
        mvc.perform(upload.with(OFFICER)).andExpect(status().isCreated());
        jobId = awaitSearch(0);
    }

    @Test
    @Order(1)
    void remainsOfTheSecondBrotherAreComparedWithBothBrothers() throws Exception {
        Map<String, Double> stored = new HashMap<>();
        jdbc.sql("SELECT p.ref, c.log10_lr, c.family_ref FROM ident_candidate c JOIN missing_person p ON p.id = c.person_id"
                        + " JOIN remains r ON r.id = c.remains_id WHERE r.ref = 'R-1' AND c.job_id = ?").param(jobId)
                .query(rs -> {
                    assertThat(rs.getString(3)).isEqualTo("F-1");
                    stored.put(rs.getString(1), rs.getDouble(2));
                });
        assertThat(stored).containsOnlyKeys("MP-1", "MP-2");
        SearchJob job = jobs.find(jobId).orElseThrow();
        List<Locus> loci = SearchModel.loci(frequencies.find(job.frequencyDbId()).database(),
                List.of(job.loci().split(",")), jobs.addedAlleles(job),
                MutationSpec.parse(job.mutationModel()));
        assertThat(loci).hasSize(ALLELES.size());
        assertThat(stored.get("MP-2")).isCloseTo(byHand("MP-2", loci), within(1e-9));
        assertThat(stored.get("MP-1")).isCloseTo(byHand("MP-1", loci), within(1e-9));
        // the son of brother 2 makes him the likelier of the two; without him both would score alike
        assertThat(stored.get("MP-2") - stored.get("MP-1")).isGreaterThan(1);
        assertThat(stored.get("MP-1")).isGreaterThan(4);
        // the review panel of the second brother shows the family he stands in, both brothers outlined as missing
        String body = mvc.perform(get("/api/v1/identification/candidates/" + candidate(jobId, "MP-2")).with(LAB))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode detail = json.readTree(body);
        assertThat(detail.get("pedigreeSvg").asText().split("class=\"node missing\"", -1)).hasSize(3);
        assertThat(detail.get("report").get("markers").get(0).get("references").size()).isEqualTo(4);
        assertThat(detail.get("report").get("reproduced").asBoolean()).isTrue();
    }

    @Test
    void aBadLineageReferenceSetIsRefusedWholeWithEachProblemNamed() throws Exception {
        String csv = "sample_id,marker_type,value\n"
                + "P-1,YSTR,\"DYS19=14;DYS389I=13;DYS385=11,14\"\n"
                + "P-2,YDNA,DYS19=15\n"
                + "P-3,MTDNA,16024-576:16304N 73G\n"
                + "P-1,YSTR,DYS19=15\n";
        long sets = jdbc.sql("SELECT COUNT(*) FROM lineage_reference_set").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/identification/lineage-reference").param("name", "bad").with(LAB)
                        .contentType("text/csv").content(csv))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(body).get("problems")).extracting(JsonNode::asText).containsExactly(
                "lineage_reference.csv:3: marker_type: must be one of MTDNA, YSTR: 'YDNA'",
                "lineage_reference.csv:4: value: mtDNA variant 16304N: unknown base 'N' (expected A, C, G, T,"
                        + " an IUPAC two-base code R Y S W K M, or d or - for a deletion)",
                "lineage_reference.csv:5: marker_type: YSTR given twice for sample 'P-1'");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lineage_reference_set").query(Long.class).single()).isEqualTo(sets);
        mvc.perform(post("/api/v1/identification/lineage-reference").param("name", "x").with(OFFICER)
                .contentType("text/csv").content("sample_id,marker_type,value\nP-1,YSTR,DYS19=14\n"))
                .andExpect(status().isForbidden());
    }

    /**
     * Without a set the father's haplotype is counted among the registry's references: 1 match of 1,
     * whose one-sided 95% Clopper–Pearson upper bound is 1, LR 1. With a set of 20 men of whom one
     * carries it, the LR is 1 / p where P(X ≤ 1 | 20, p) = 0.05, solved here by bisection.
     */
    @Test
    @Order(2)
    void theLineageLrOfASearchIsCountedInThePopulationSetActiveWhenItWasQueued() throws Exception {
        JsonNode before = report(candidate(jobId, "MP-2"));
        assertThat(before.path("lineageSet").isNull() || before.path("lineageSet").isMissingNode()).isTrue();
        assertThat(yRow(before).get("lr").asDouble()).isEqualTo(1.0);

        StringBuilder csv = new StringBuilder("sample_id,marker_type,value\nP-0,YSTR,").append(FATHER_Y).append('\n');
        for (int i = 1; i < 20; i++) {
            csv.append("P-").append(i).append(",YSTR,DYS19=").append(i % 2 == 0 ? 15 : 16).append(";DYS389I=").append(10 + i % 5)
                    .append(";DYS390=").append(20 + i % 3).append('\n');
        }
        csv.append("P-30,MTDNA,16024-576:16223T 73G\n");
        String body = mvc.perform(post("/api/v1/identification/lineage-reference").param("name", "Vietnam test set")
                        .param("source", "hand-made, 20 men").with(LAB).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode set = json.readTree(body);
        assertThat(set.get("yCount").asInt()).isEqualTo(20);
        assertThat(set.get("mtCount").asInt()).isEqualTo(1);
        assertThat(set.get("rowCount").asInt()).isEqualTo(21);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'LINEAGE_REFERENCE' AND entity_id = ?")
                .param(set.get("id").asText()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/identification/searches").param("kind", "ALL").with(LAB)).andExpect(status().isAccepted());
        long next = awaitSearch(jobId);
        assertThat(jobs.find(next).orElseThrow().lineageReferenceId()).isEqualTo(set.get("id").asLong());
        JsonNode after = report(candidate(next, "MP-2"));
        assertThat(after.get("lineageSet").get("name").asText()).isEqualTo("Vietnam test set");
        assertThat(yRow(after).get("lr").asDouble()).isCloseTo(1 / upperBoundOfOneIn(20), within(1e-9));
        // the earlier job keeps counting where it counted when it ran
        assertThat(yRow(report(candidate(jobId, "MP-2"))).get("lr").asDouble()).isEqualTo(1.0);
    }

    /** A new sample of the second brother's son is filed under the family's head, yet both brothers are searched again. */
    @Test
    @Order(3)
    void aNewReferenceSampleOfTheFamilySearchesBothBrothersAgain() throws Exception {
        long last = jdbc.sql("SELECT MAX(id) FROM ident_search_job").query(Long.class).single();
        StringBuilder profiles = new StringBuilder("sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality\n");
        ALLELES.keySet().stream().sorted().forEach(l -> profiles.append("D-FM-3-B,FAMILY_MEMBER,FM-3,GlobalFiler,")
                .append(l).append(',').append(genotype("FM-3", l).allele1()).append(',')
                .append(genotype("FM-3", l).allele2()).append(",OK\n"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("files", "profiles.csv", "text/csv",
                profiles.toString().getBytes(StandardCharsets.UTF_8))).with(OFFICER)).andExpect(status().isCreated());
        long next = awaitSearch(last);
        assertThat(jobs.find(next).orElseThrow().kind()).isEqualTo("NEW");
        assertThat(jdbc.sql("SELECT p.ref FROM ident_candidate c JOIN missing_person p ON p.id = c.person_id"
                + " WHERE c.job_id = ? AND c.is_current = TRUE ORDER BY p.ref").param(next).query(String.class).list())
                .containsExactly("MP-1", "MP-2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ident_candidate WHERE is_current = TRUE").query(Long.class).single())
                .isEqualTo(2);
    }

    /** p with P(X ≤ 1) = (1 − p)^n + n p (1 − p)^(n − 1) = 0.05, by bisection (the sum falls as p grows). */
    static double upperBoundOfOneIn(int n) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double p = (lo + hi) / 2;
            double tail = Math.pow(1 - p, n) + n * p * Math.pow(1 - p, n - 1);
            if (tail > 0.05) {
                lo = p;
            } else {
                hi = p;
            }
        }
        return (lo + hi) / 2;
    }

    long candidate(long job, String person) {
        return jdbc.sql("SELECT c.id FROM ident_candidate c JOIN missing_person p ON p.id = c.person_id JOIN remains r"
                + " ON r.id = c.remains_id WHERE r.ref = 'R-1' AND p.ref = ? AND c.job_id = ?").params(person, job)
                .query(Long.class).single();
    }

    JsonNode report(long candidate) throws Exception {
        String body = mvc.perform(get("/api/v1/identification/candidates/" + candidate).with(LAB))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("report");
    }

    static JsonNode yRow(JsonNode report) {
        for (JsonNode row : report.get("lineage")) {
            if (row.get("memberRef").asText().equals("FM-1") && row.get("counted").asBoolean()) {
                return row;
            }
        }
        throw new AssertionError("no counted Y-STR row against the father: " + report.get("lineage"));
    }

    /** The log10 LR of R-1 as {@code missing}, on the family drawn here: parents, both sons, the wife and son of MP-2. */
    static double byHand(String missing, List<Locus> loci) {
        Pedigree p = Pedigree.builder().person("FM-1", null, null, Sex.MALE).person("FM-2", null, null, Sex.FEMALE)
                .person("MP-1", "FM-1", "FM-2", Sex.MALE).person("MP-2", "FM-1", "FM-2", Sex.MALE)
                .person("FM-4", null, null, Sex.FEMALE).person("FM-3", "MP-2", "FM-4", Sex.MALE).build();
        GenotypeTable.Builder refs = GenotypeTable.builder();
        for (String member : List.of("FM-1", "FM-2", "FM-3", "FM-4")) {
            ALLELES.keySet().forEach(l -> refs.put(member, l, genotype(member, l)));
        }
        Map<String, Genotype> remains = new HashMap<>();
        ALLELES.keySet().forEach(l -> remains.put(l, genotype("R-1", l)));
        var r = PairwiseLr.analyse(new SearchFamily("F-1", missing, p, refs.build()), new RemainsProfile("R-1", remains, 0),
                loci, LikelihoodOptions.defaults());
        return r.lr().entrySet().stream().filter(e -> !e.getKey().equals(r.reference())).findFirst().orElseThrow()
                .getValue().log10();
    }

    static Genotype genotype(String who, String locus) {
        int[] g = TYPED.get(who);
        return Genotype.of(ALLELES.get(locus)[g[0]], ALLELES.get(locus)[g[1]]);
    }

    /** The first search job after {@code after} to finish having compared remains. */
    long awaitSearch(long after) {
        return await("a search job after " + after + " that compared remains finishes").atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("SELECT id FROM ident_search_job WHERE status = 'DONE' AND remains_count > 0"
                        + " AND id > ? ORDER BY id").param(after).query(Long.class).list(), done -> !done.isEmpty())
                .get(0);
    }

    static Map<String, String> programme() {
        StringBuilder profiles = new StringBuilder("sample_id,subject_type,subject_id,kit,locus,allele1,allele2,quality\n");
        TYPED.keySet().stream().sorted().forEach(who -> ALLELES.keySet().stream().sorted().forEach(l -> {
            Genotype g = genotype(who, l);
            profiles.append("D-").append(who).append(',').append(who.startsWith("R") ? "REMAINS" : "FAMILY_MEMBER")
                    .append(',').append(who).append(",GlobalFiler,").append(l).append(',').append(g.allele1()).append(',')
                    .append(g.allele2()).append(",OK\n");
        }));
        return Map.of("missing_persons.csv", """
                id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,loss_precision_m,circumstances,status,source
                MP-1,VN,Lê Văn An,Lê,Văn,An,,M,1948,,,Tỉnh Nam Định,,,,1968,,,,,,MISSING,register
                MP-2,VN,Lê Văn Bình,Lê,Văn,Bình,,M,1950,,,Tỉnh Nam Định,,,,1970,,,,,,MISSING,register
                """, "family_members.csv", """
                id,family_id,missing_person_id,full_name,sex,birth_year,relationship,father_id,mother_id,living,consent_dna,consent_share,consent_date,contact
                FM-1,F-1,MP-1,Lê Văn Cha,M,1920,FATHER,,,true,true,false,2024-05-02,
                FM-2,F-1,MP-1,Trần Thị Mẹ,F,1922,MOTHER,,,true,true,false,2024-05-02,
                MP-2,F-1,MP-1,Lê Văn Bình,M,1950,BROTHER,FM-1,FM-2,false,false,false,,
                FM-3,F-1,MP-1,Lê Văn Con,M,1972,NEPHEW,MP-2,FM-4,true,true,false,2024-05-02,
                FM-4,F-1,MP-1,Phạm Thị Vợ,F,1951,IN_LAW,,,true,true,false,2024-05-02,
                """, "sites.csv", """
                id,kind,name,province,lat,lon,wkt
                S-1,CEMETERY,Nghĩa trang,Tỉnh Quảng Trị,16.93,106.87,
                """, "remains.csv", """
                id,site_id,recovery_date,recovery_lat,recovery_lon,precision_m,team,sex_estimate,age_min,age_max,stature_cm,condition,artifacts,status
                R-1,S-1,2019-04,16.76,107.17,10,Đội K52,M,18,25,165,POOR,,PROFILED
                """, "profiles.csv", profiles.toString(), "lineage.csv", "sample_id,subject_type,subject_id,marker_type,value\n"
                + "D-FM-1,FAMILY_MEMBER,FM-1,YSTR,\"" + FATHER_Y + "\"\n"
                + "D-R-1,REMAINS,R-1,YSTR,\"" + FATHER_Y + "\"\n");
    }
}
