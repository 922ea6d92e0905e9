package org.homecoming.server.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints, once the server is ready, the lines scripts look for: {@code URL: http://localhost:PORT}
 * and {@code User: admin Password: ...} (or why the password is not shown).
 *
 * <pre>{@code
 * banner.credentials("User: admin Password: s3cret-s3cret");
 * }</pre>
 */
@Component
public class StartupBanner {

    private final List<String> lines = new ArrayList<>();
    private final PrintStream out = System.out;

    /** Adds a line printed after the URL. */
    public synchronized void credentials(String line) {
        lines.add(line);
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext w && w.getWebServer() != null
                ? w.getWebServer().getPort() : -1;
        synchronized (this) {
            if (port > 0) {
                out.println("URL: http://localhost:" + port);
            }
            lines.forEach(out::println);
            out.flush();
        }
    }
}
