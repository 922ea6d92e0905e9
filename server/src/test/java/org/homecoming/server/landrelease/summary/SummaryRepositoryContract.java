package org.homecoming.server.landrelease.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.HomecomingPrincipal;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land-release figures of {@link SummaryFixture} (worked out by hand there) on each database the server
 * supports ({@link SummaryRepositoryTests} on H2, {@link SummaryRepositoryOnPostgresTests}); each test runs in
 * a transaction rolled back at its end.
 */
@Transactional // rolled back after each test: on a contract's inherited methods the slice's own @Transactional is not seen
abstract class SummaryRepositoryContract {

    static final int Y = 1981;

    @Autowired
    SummaryRepository repository;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    JdbcClient jdbc;

    LandReleaseFigures figures;
    SummaryFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SummaryFixture(jdbc, "SUM-R-", Y);
        fixture.insert();
        figures = new LandReleaseFigures(repository, new ProvinceMap(), currentUsers);
    }

    static <T> T as(Side side, Supplier<T> work) {
        var token = new UsernamePasswordAuthenticationToken(
                HomecomingPrincipal.of("summary-" + side, side, Role.MINE_ACTION_OFFICER), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(token);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static BigDecimal m2(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aYearNationallyCountsCompletedActivitiesDestroyedOrdnanceAndVictimsOfOwnAndSharedRows() {
        LandReleaseSummary s = as(Side.VN, () -> figures.summary(null, Y));
        assertThat(s.cancelledM2()).isEqualTo(m2("11000.00"));
        assertThat(s.reducedM2()).isEqualTo(m2("4600.00"));
        assertThat(s.clearedM2()).isEqualTo(m2("800.00"));
        assertThat(s.ordnanceDestroyed()).containsExactly(Map.entry("LANDMINE_AP", 1L),
                Map.entry("CLUSTER_MUNITION", 15L), Map.entry("UXO_BOMB", 6L));
        assertThat(s.casualties()).isEqualTo(new LandReleaseSummary.Casualties(2, 2));
    }

    @Test
    void theNextYearHoldsTheActivityEndedAndTheOrdnanceDisposedThen() {
        LandReleaseSummary s = as(Side.VN, () -> figures.summary("", Y + 1));
        assertThat(s.cancelledM2()).isEqualTo(m2("0.00"));
        assertThat(s.clearedM2()).isEqualTo(m2("2500.50"));
        assertThat(s.ordnanceDestroyed()).containsExactly(Map.entry("UXO_GRENADE", 6L));
        assertThat(s.casualties()).isEqualTo(new LandReleaseSummary.Casualties(1, 0));
    }

    @Test
    void todaysProvinceMatchesWhateverTheDiacriticsAndFallsBackToTheAreaAndActivityProvince() {
        LandReleaseSummary s = as(Side.VN, () -> figures.summary("tinh quang tri", Y));
        assertThat(s.cancelledM2()).isEqualTo(m2("11000.00"));
        assertThat(s.reducedM2()).isEqualTo(m2("4600.00"));
        assertThat(s.clearedM2()).isEqualTo(m2("0.00"));
        assertThat(s.ordnanceDestroyed()).containsExactly(Map.entry("LANDMINE_AP", 1L),
                Map.entry("CLUSTER_MUNITION", 15L), Map.entry("UXO_BOMB", 2L));
        assertThat(s.casualties()).isEqualTo(new LandReleaseSummary.Casualties(1, 2));
    }

    @Test
    void aFormerProvinceMatchesTheFormerProvinceOfTheHazardArea() {
        LandReleaseSummary s = as(Side.VN, () -> figures.summary("QUANG BINH", Y));
        assertThat(s.cancelledM2()).isEqualTo(m2("10000.00"));
        assertThat(s.reducedM2()).isEqualTo(m2("0.00"));
        assertThat(s.ordnanceDestroyed()).containsExactly(Map.entry("UXO_BOMB", 2L));
        assertThat(s.casualties()).isEqualTo(new LandReleaseSummary.Casualties(1, 2));
    }

    @Test
    void theOtherSideSeesItsOwnRowsAndOnlyWhatVnShared() {
        LandReleaseSummary s = as(Side.US, () -> figures.summary(null, Y));
        assertThat(s.cancelledM2()).isEqualTo(m2("0.00"));
        assertThat(s.reducedM2()).isEqualTo(m2("600.00"));
        assertThat(s.clearedM2()).isEqualTo(m2("7000.00"));
        assertThat(s.ordnanceDestroyed()).containsExactly(Map.entry("LANDMINE_AP", 1L), Map.entry("UXO_BOMB", 10L));
        assertThat(s.casualties()).isEqualTo(new LandReleaseSummary.Casualties(1, 1));
    }

    @Test
    void theSourcesOfEachFigureAddUpToIt() {
        as(Side.VN, () -> {
            LandReleaseSummary s = figures.summary(null, Y);
            assertThat(figures.sources(Figure.CANCELLED, null, Y).total()).isEqualTo(s.cancelledM2());
            assertThat(figures.sources(Figure.REDUCED, null, Y).total()).isEqualTo(s.reducedM2());
            assertThat(figures.sources(Figure.CLEARED, null, Y).total()).isEqualTo(s.clearedM2());
            assertThat(figures.sources(Figure.ORDNANCE, null, Y).total().longValue())
                    .isEqualTo(s.ordnanceDestroyed().values().stream().mapToLong(Long::longValue).sum());
            assertThat(figures.sources(Figure.CASUALTIES, null, Y).total().longValue())
                    .isEqualTo(s.casualties().killed() + s.casualties().injured());
            Sources cleared = figures.sources(Figure.CLEARED, null, Y);
            assertThat(cleared.rows()).extracting(Contribution::table, Contribution::id, Contribution::ref,
                    Contribution::amount).containsExactly(org.assertj.core.groups.Tuple.tuple("lr_activity",
                    fixture.id("lr_activity", "A5"), "SUM-R-A5", m2("800.00")));
            assertThat(figures.sources(Figure.REDUCED, null, Y).rows()).extracting(Contribution::ref)
                    .containsExactly("SUM-R-A2", "SUM-R-A7");
            return null;
        });
    }

    @Test
    void remainingContaminationIsTheRemainingAreaOfOpenAreasOfOwnAndSharedRows() {
        SummaryTables tables = new SummaryTables(figures);
        SummaryTable vn = as(Side.VN, () -> tables.table("remaining", "Quảng Trị", null));
        assertThat(vn.rows()).containsExactly(new SummaryTable.Row("Quảng Trị",
                List.of(m2("5300.00"), m2("0.530000"))));
        SummaryTable us = as(Side.US, () -> tables.table("remaining", "Quảng Trị", null));
        assertThat(us.rows()).containsExactly(new SummaryTable.Row("Quảng Trị",
                List.of(m2("1000.00"), m2("0.100000"))));
    }

    @Test
    void riskEducationBeneficiariesAreCountedByYearAndGroup() {
        SummaryTables tables = new SummaryTables(figures);
        SummaryTable t = as(Side.VN, () -> tables.table("education", null, Y));
        assertThat(t.rows()).containsExactly(new SummaryTable.Row(String.valueOf(Y),
                List.of(BigDecimal.valueOf(10), BigDecimal.valueOf(12), BigDecimal.valueOf(5), BigDecimal.valueOf(3))));
        SummaryTable next = as(Side.VN, () -> tables.table("education", null, Y + 1));
        assertThat(next.rows()).containsExactly(new SummaryTable.Row(String.valueOf(Y + 1),
                List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(7))));
    }

    @Test
    void anUnknownProvinceIsRefused() {
        assertThatThrownBy(() -> as(Side.VN, () -> figures.summary("Atlantis", Y)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Atlantis");
    }
}
