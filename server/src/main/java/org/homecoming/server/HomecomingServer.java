package org.homecoming.server;

import org.homecoming.server.landrelease.bombing.ThorCommandMode;
import org.homecoming.server.users.UsersCommandMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the Homecoming web application; with {@code users ...} as arguments, the command
 * on the accounts that {@code ./homecoming users} runs ({@link UsersCommandMode}); with {@code thor import ...},
 * the bombing-records import of {@code ./homecoming thor import} ({@link ThorCommandMode}).
 */
@SpringBootApplication
public class HomecomingServer {
    public static void main(String[] args) {
        if (UsersCommandMode.requested(args)) {
            System.exit(UsersCommandMode.run(args, System.out, System.err));
        }
        if (ThorCommandMode.requested(args)) {
            System.exit(ThorCommandMode.run(args, System.out, System.err));
        }
        SpringApplication.run(HomecomingServer.class, args);
    }
}
