package org.homecoming.server.launch;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Stops the server when the process that started it ({@code homecoming demo} or {@code serve}) is
 * gone, so a killed command line never leaves a server holding the port and the database files.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.parent-pid=4242
 * }</pre>
 */
@Component
@ConditionalOnProperty("homecoming.parent-pid")
class ParentProcessWatch {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

    ParentProcessWatch(ConfigurableApplicationContext context, @Value("${homecoming.parent-pid}") long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            throw new IllegalArgumentException("homecoming.parent-pid names no running process: " + parentPid);
        }
        parent.get().onExit().thenRun(() -> {
            log.info("The command line that started this server (pid {}) has exited; stopping", parentPid);
            System.exit(SpringApplication.exit(context));
        });
    }
}
