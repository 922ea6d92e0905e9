package org.homecoming.server.users;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Stands in for a running server in {@link UsersCommandModeTests}: in a JVM of its own, opens an H2
 * file database (which locks it), prints {@code held}, and keeps it until its input is closed.
 */
public final class DatabaseHolder {

    private DatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to close our input.
            }
        }
    }
}
