package org.homecoming.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteLedgerTests {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode person(int version, String burialInfo) {
        return JSON.valueToTree(Map.of("version", version, "burialInfo", burialInfo));
    }

    @Test
    void everyEditAccountedForIsNoLoss() {
        WriteLedger ledger = new WriteLedger();
        ledger.initial(42, 3);
        ledger.succeeded(42, 5, "b");
        ledger.succeeded(42, 4, "a");
        WriteLedger.Check c = ledger.verify(id -> person(5, "b"));
        assertThat(c.persons()).isEqualTo(1);
        assertThat(c.writes()).isEqualTo(2);
        assertThat(c.lost()).isEmpty();
    }

    @Test
    void anEditOverwrittenWithoutAVersionCheckIsALostWrite() {
        WriteLedger ledger = new WriteLedger();
        ledger.initial(42, 3);
        ledger.succeeded(42, 4, "a");
        ledger.succeeded(42, 4, "b");
        WriteLedger.Check c = ledger.verify(id -> person(4, "b"));
        assertThat(c.lost()).containsExactly(
                "person 42: version 4 after 2 successful edits from version 3 (expected 5)",
                "person 42: two edits were both answered with version 4");
    }

    @Test
    void aLastEditWhoseValueIsMissingIsALostWrite() {
        WriteLedger ledger = new WriteLedger();
        ledger.initial(7, 0);
        ledger.succeeded(7, 1, "mine");
        assertThat(ledger.verify(id -> person(1, "someone else's")).lost())
                .containsExactly("person 7: holds 'someone else's', not the last edit 'mine'");
    }
}
