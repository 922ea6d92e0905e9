package org.homecoming.server.security;

import static org.hamcrest.Matchers.containsString;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HomecomingTest
class SecurityConfigTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDocsAskAnAnonymousVisitorToSignIn() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
            "/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(status().isFound())
                    .andExpect(header().string("Location", containsString("/login")));
        }
    }

    @Test
    void anySignedInUserReadsTheApiDocs() throws Exception {
        mvc.perform(get("/v3/api-docs").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"/api/v1/persons\"")));
        mvc.perform(get("/swagger-ui/index.html").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }
}
