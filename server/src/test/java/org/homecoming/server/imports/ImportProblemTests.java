package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportProblemTests {

    @Test
    void isWrittenAsFileLineFieldProblem() {
        assertThat(new ImportProblem("remains.csv", 9, "site_id", "unknown site 'S-000077'"))
                .hasToString("remains.csv:9: site_id: unknown site 'S-000077'");
    }
}
