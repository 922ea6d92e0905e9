package org.homecoming.server;

import org.homecoming.server.users.UsersCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the Homecoming web application; with {@code users ...} as arguments, the command
 * on the accounts that {@code ./homecoming users} runs ({@link UsersCommand}).
 */
@SpringBootApplication
public class HomecomingServer {
    public static void main(String[] args) {
        if (UsersCommand.requested(args)) {
            System.exit(UsersCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(HomecomingServer.class, args);
    }
}
