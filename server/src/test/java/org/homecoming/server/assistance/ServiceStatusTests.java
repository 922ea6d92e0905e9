package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The referral lifecycle: referred, received, completed; refused or lost from an open state; closed for good. */
class ServiceStatusTests {

    private static Set<ServiceStatus> next(ServiceStatus s) {
        Set<ServiceStatus> out = EnumSet.noneOf(ServiceStatus.class);
        for (ServiceStatus n : ServiceStatus.values()) {
            if (s.canBecome(n)) {
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void eachStatusMovesOnlyForward() {
        assertThat(next(ServiceStatus.REFERRED)).containsExactlyInAnyOrder(ServiceStatus.RECEIVED, ServiceStatus.REFUSED,
                ServiceStatus.LOST_TO_FOLLOW_UP);
        assertThat(next(ServiceStatus.RECEIVED)).containsExactlyInAnyOrder(ServiceStatus.COMPLETED, ServiceStatus.REFUSED,
                ServiceStatus.LOST_TO_FOLLOW_UP);
        assertThat(next(ServiceStatus.COMPLETED)).isEmpty();
        assertThat(next(ServiceStatus.REFUSED)).isEmpty();
        assertThat(next(ServiceStatus.LOST_TO_FOLLOW_UP)).isEmpty();
        assertThat(ServiceStatus.REFERRED.open()).isTrue();
        assertThat(ServiceStatus.COMPLETED.open()).isFalse();
    }

    @Test
    void ageGroupsAreCountedAtTheEndOfTheYear() {
        assertThat(AgeGroup.of(2008, 2025)).isEqualTo(AgeGroup.CHILD);
        assertThat(AgeGroup.of(2007, 2025)).isEqualTo(AgeGroup.ADULT);
        assertThat(AgeGroup.of(1966, 2025)).isEqualTo(AgeGroup.ADULT);
        assertThat(AgeGroup.of(1965, 2025)).isEqualTo(AgeGroup.OLDER);
        assertThat(AgeGroup.of(null, 2025)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.of(2030, 2025)).isEqualTo(AgeGroup.UNKNOWN);
    }
}
