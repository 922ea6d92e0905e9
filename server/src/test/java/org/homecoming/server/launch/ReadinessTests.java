package org.homecoming.server.launch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Scripts wait for {@code /actuator/health} to say UP: it must not say so before the startup work is done. */
@HomecomingTest
class ReadinessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void healthIsOutOfServiceUntilTheApplicationIsReadyThenExactlyUp() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().json("{\"status\":\"OUT_OF_SERVICE\"}", true));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    void aParentProcessThatDoesNotExistIsRefused() {
        long absent = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        assertThatThrownBy(() -> new ParentProcessWatch(context, absent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("homecoming.parent-pid names no running process: " + absent);
    }
}
