package org.homecoming.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Homecoming web application. */
@SpringBootApplication
public class HomecomingServer {
    public static void main(String[] args) {
        SpringApplication.run(HomecomingServer.class, args);
    }
}
