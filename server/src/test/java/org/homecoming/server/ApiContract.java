package org.homecoming.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The base of a feature's API contract run on each database (a subclass per database names it): every
 * test first checks it runs on that database, and posts and reads JSON as a signed-in user.
 */
public abstract class ApiContract {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected JdbcClient jdbc;

    /** The database product name this run must be on ("H2", "PostgreSQL"). */
    protected abstract String expectedDatabase();

    @BeforeEach
    void rightDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    /** Posts {@code json} to {@code path} as {@code user}; the status must be {@code expected} (the body names why not). */
    protected String send(String path, RequestPostProcessor user, String json, int expected) throws Exception {
        return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Reads {@code path} as {@code user}; the status must be 200. */
    protected String read(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
