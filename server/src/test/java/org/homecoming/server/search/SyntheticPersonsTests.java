package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTests {

    final SyntheticPersons gen = new SyntheticPersons(1);

    @Test
    void theSamePersonComesBackForTheSameSeedAndId() {
        assertThat(new SyntheticPersons(1).person(17)).isEqualTo(gen.person(17));
        assertThat(new SyntheticPersons(2).person(17)).isNotEqualTo(gen.person(17));
    }

    @Test
    void surnamesFollowThePublishedShares() {
        assertThat(gen.surname(0.0)).isEqualTo("Bùi");
        long n = 20_000;
        long nguyen = LongStream.rangeClosed(1, n).mapToObj(gen::person)
                .filter(p -> p.side().equals("VN"))
                .filter(p -> VietnameseNames.fold(p.familyName()).equals("nguyen")).count();
        long vietnamese = LongStream.rangeClosed(1, n).mapToObj(gen::person).filter(p -> p.side().equals("VN")).count();
        assertThat((double) nguyen / vietnamese).isCloseTo(0.384, offset(0.015));
        assertThat((double) vietnamese / n).isCloseTo(0.97, offset(0.005));
    }

    @Test
    void everyPersonHasYearsInTheWarAndLossAfterBirth() {
        LongStream.rangeClosed(1, 2_000).mapToObj(gen::person).forEach(p -> {
            assertThat(p.birthYear()).isBetween(1920, 1957);
            assertThat(p.lossYear()).isBetween(1945, 1979).isGreaterThan(p.birthYear());
        });
    }
}
