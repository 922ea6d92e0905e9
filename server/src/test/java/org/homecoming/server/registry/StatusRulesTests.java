package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homecoming.server.registry.PersonStatus.FAMILY_NOTIFIED;
import static org.homecoming.server.registry.PersonStatus.IDENTIFIED;
import static org.homecoming.server.registry.PersonStatus.MISSING;
import static org.homecoming.server.registry.PersonStatus.REBURIED;
import static org.homecoming.server.registry.PersonStatus.REMAINS_RECOVERED;
import static org.homecoming.server.registry.PersonStatus.REPATRIATED;
import static org.homecoming.server.registry.PersonStatus.UNDER_IDENTIFICATION;

import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusRulesTests {

    static MissingPerson person(Side side, PersonStatus status) {
        return new MissingPerson(7, "MP-7", side, "Lê Văn An", "Lê", "Văn", "An", "M", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, status, "register", null, 0);
    }

    @Nested
    class Edits {

        @Test
        void theStatusesThatDescribeTheCaseAreEditedFreely() {
            assertThat(PersonStatus.editable()).containsExactly(MISSING, REMAINS_RECOVERED, UNDER_IDENTIFICATION);
            assertThat(StatusRules.editProblem(MISSING, UNDER_IDENTIFICATION)).isNull();
            assertThat(StatusRules.editProblem(null, REMAINS_RECOVERED)).isNull();
        }

        @Test
        void anEditCannotReachAStatusThatStandsOnEvidence() {
            assertThat(StatusRules.editProblem(UNDER_IDENTIFICATION, IDENTIFIED)).isEqualTo("status IDENTIFIED is set only"
                    + " by a DNA identification confirmed by two analysts, not by editing the person");
            assertThat(StatusRules.editProblem(null, REBURIED))
                    .isEqualTo("status REBURIED is set only by a reburial record, not by editing the person");
        }

        @Test
        void anEditCannotLeaveAStatusThatStandsOnEvidenceButMayKeepIt() {
            assertThat(StatusRules.editProblem(FAMILY_NOTIFIED, MISSING)).isEqualTo("status FAMILY_NOTIFIED stands on"
                    + " a family notification record; only an administrator's correction with a reason can change it");
            assertThat(StatusRules.editProblem(IDENTIFIED, IDENTIFIED)).isNull();
            assertThatThrownBy(() -> StatusRules.requireEditable(IDENTIFIED, MISSING))
                    .isInstanceOf(EvidenceRequiredException.class);
        }
    }

    @Nested
    class Steps {

        @Test
        void eachStepFollowsTheOneBeforeIt() {
            StatusRules.requireStep(person(Side.VN, UNDER_IDENTIFICATION), IDENTIFIED);
            StatusRules.requireStep(person(Side.VN, IDENTIFIED), FAMILY_NOTIFIED);
            StatusRules.requireStep(person(Side.VN, FAMILY_NOTIFIED), REBURIED);
            StatusRules.requireStep(person(Side.US, FAMILY_NOTIFIED), REPATRIATED);
        }

        @Test
        void aNotificationBeforeTheIdentificationIsRefused() {
            assertThatThrownBy(() -> StatusRules.requireStep(person(Side.VN, MISSING), FAMILY_NOTIFIED))
                    .isInstanceOf(EvidenceRequiredException.class)
                    .hasMessage("person 7 is MISSING: FAMILY_NOTIFIED follows IDENTIFIED");
        }

        @Test
        void aReburialBeforeTheNotificationAndAnIdentificationTwiceAreRefused() {
            assertThatThrownBy(() -> StatusRules.requireStep(person(Side.VN, IDENTIFIED), REBURIED))
                    .hasMessage("person 7 is IDENTIFIED: REBURIED follows FAMILY_NOTIFIED");
            assertThatThrownBy(() -> StatusRules.requireStep(person(Side.VN, REBURIED), IDENTIFIED))
                    .hasMessage("person 7 is REBURIED: IDENTIFIED follows MISSING, REMAINS_RECOVERED or UNDER_IDENTIFICATION");
        }

        @Test
        void repatriationIsForTheUsSideOnly() {
            assertThatThrownBy(() -> StatusRules.requireStep(person(Side.VN, FAMILY_NOTIFIED), REPATRIATED))
                    .hasMessage("person 7 is of side VN: REPATRIATED is for the US side only");
        }
    }

    @Nested
    class Imports {

        @Test
        void aStatedIdentificationIsHeldAsRemainsRecoveredOrTheFurtherStageOfTheCase() {
            assertThat(StatusRules.heldOnImport(IDENTIFIED, null)).isEqualTo(REMAINS_RECOVERED);
            assertThat(StatusRules.heldOnImport(REBURIED, MISSING)).isEqualTo(REMAINS_RECOVERED);
            assertThat(StatusRules.heldOnImport(IDENTIFIED, UNDER_IDENTIFICATION)).isEqualTo(UNDER_IDENTIFICATION);
        }

        @Test
        void aPersonHereInAStatusThatStandsOnEvidenceKeepsIt() {
            assertThat(StatusRules.heldOnImport(MISSING, IDENTIFIED)).isEqualTo(IDENTIFIED);
            assertThat(StatusRules.heldOnImport(MISSING, UNDER_IDENTIFICATION)).isEqualTo(MISSING);
        }
    }
}
