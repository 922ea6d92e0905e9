package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.audit.AuditLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HomecomingTest
class OriginGuardTests {

    private static final String EVIL = "https://evil.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;

    /** An API client at an address no other test uses, so that its sign-ins are its own. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Nested
    class OnTheRunningApi {

        private long document() throws Exception {
            String body = json.writeValueAsString(Map.of("type", "BURIAL_REGISTER", "title", "Sổ mai táng thử",
                    "language", "vi", "classification", "OPEN"));
            String answer = mvc.perform(post("/api/v1/archive/documents").with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return json.readTree(answer).get("id").asLong();
        }

        private MockMultipartHttpServletRequestBuilder addPage(long doc) {
            MockMultipartHttpServletRequestBuilder b = multipart("/api/v1/archive/documents/" + doc + "/pages");
            b.param("pageNo", "1").param("transcription", "Nguyễn Văn Thành, hy sinh 1968");
            return b;
        }

        private int pages(long doc) throws Exception {
            String view = mvc.perform(get("/api/v1/archive/documents/" + doc).with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD)))
                    .andReturn().getResponse().getContentAsString();
            return json.readTree(view).get("pages").size();
        }

        @Test
        void aCrossOriginMultipartPostWithValidBasicCredentialsIsRefusedAndWritesNothing() throws Exception {
            long doc = document();
            long signIns = audit.count("LOGIN", null);
            mvc.perform(addPage(doc).header("Origin", EVIL).with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("cross-origin request refused: origin https://evil.example"
                            + " is not allowed (homecoming.cors.allowed-origins)"))
                    .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
            assertThat(pages(doc)).isZero();
            mvc.perform(addPage(doc).header("Origin", "null").with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD)))
                    .andExpect(status().isForbidden());
            assertThat(pages(doc)).isZero();
            assertThat(audit.count("LOGIN", null)).isEqualTo(signIns);

            mvc.perform(addPage(doc).with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD))).andExpect(status().isOk());
            assertThat(pages(doc)).isEqualTo(1);
        }

        @Test
        void aCrossOriginRequestIsRefusedBeforeItsPasswordIsCheckedOrCounted() throws Exception {
            long before = audit.count("LOGIN", null);
            for (int i = 0; i < 10; i++) {
                mvc.perform(get("/api/v1/persons").header("Origin", EVIL).with(from("192.0.2.201"))
                        .with(httpBasic("admin", "a-wrong-guess-" + i))).andExpect(status().isForbidden());
            }
            assertThat(audit.count("LOGIN", null)).isEqualTo(before);
            mvc.perform(get("/api/v1/persons").param("q", "x").with(from("192.0.2.201"))
                    .with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD))).andExpect(status().isOk());
        }

        @Test
        void aPreflightFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
            mvc.perform(options("/api/v1/persons").header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                            .header("Access-Control-Request-Headers", "authorization"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                    .andExpect(header().doesNotExist("Access-Control-Allow-Methods"));
        }

        @Test
        void theServersOwnOriginPasses() throws Exception {
            mvc.perform(get("/api/v1/persons").param("q", "x").header("Origin", "http://localhost")
                    .with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD))).andExpect(status().isOk());
        }
    }

    @Nested
    class Configured {

        private MockHttpServletResponse pass(OriginGuard guard, MockHttpServletRequest request) throws Exception {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            guard.doFilter(request, response, chain);
            assertThat(chain.getRequest() != null).as("passed on").isEqualTo(response.getStatus() == 200);
            return response;
        }

        private MockHttpServletRequest request(String origin) {
            MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/persons");
            r.setServerName("registry.example.vn");
            r.setServerPort(443);
            r.setScheme("https");
            if (origin != null) {
                r.addHeader("Origin", origin);
            }
            return r;
        }

        @Test
        void byDefaultOnlyTheOwnOriginAndRequestsWithoutOnePass() throws Exception {
            OriginGuard guard = new OriginGuard("");
            assertThat(pass(guard, request(null)).getStatus()).isEqualTo(200);
            assertThat(pass(guard, request("https://registry.example.vn")).getStatus()).isEqualTo(200);
            assertThat(pass(guard, request("http://registry.example.vn")).getStatus()).isEqualTo(403);
            assertThat(pass(guard, request("https://registry.example.vn:8443")).getStatus()).isEqualTo(403);
            assertThat(pass(guard, request("https://partner.example.org")).getStatus()).isEqualTo(403);
            assertThat(guard.cors()).isNull();
        }

        @Test
        void aConfiguredOriginPassesAndGetsCorsRules() throws Exception {
            OriginGuard guard = new OriginGuard(" https://Partner.example.org/ , http://localhost:5173");
            assertThat(pass(guard, request("https://partner.example.org")).getStatus()).isEqualTo(200);
            assertThat(pass(guard, request("http://localhost:5173")).getStatus()).isEqualTo(200);
            MockHttpServletResponse refused = pass(guard, request("https://partner.example.org.evil.example"));
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("application/json");
            assertThat(guard.cors().getAllowedOrigins()).containsExactlyInAnyOrder("https://partner.example.org",
                    "http://localhost:5173");
            assertThat(guard.cors().getAllowCredentials()).isTrue();
        }

        @Test
        void anOriginThatIsNotSchemeHostAndPortIsRefusedAtStart() {
            assertThatThrownBy(() -> new OriginGuard("https://partner.example.org/api"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("homecoming.cors.allowed-origins must list origins such as https://host.example.org[:port]:"
                            + " https://partner.example.org/api");
            assertThatThrownBy(() -> new OriginGuard("*"))
                    .hasMessage("homecoming.cors.allowed-origins must list origins such as https://host.example.org[:port]: *");
        }
    }
}
