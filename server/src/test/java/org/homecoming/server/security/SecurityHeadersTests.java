package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@HomecomingTest
class SecurityHeadersTests {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse response(RequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse();
    }

    private static void hasTheSecurityHeaders(MockHttpServletResponse r) {
        assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(CSP)
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(r.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Nested
    class OnPages {

        @Test
        void theDashboardCarriesThemAll() throws Exception {
            hasTheSecurityHeaders(response(get("/").with(viewerVn()), 200));
        }

        @Test
        void theLoginPageCarriesThemBeforeAnyoneLogsIn() throws Exception {
            hasTheSecurityHeaders(response(get("/login"), 200));
        }

        @Test
        void aPageThatIsNotFoundCarriesThem() throws Exception {
            hasTheSecurityHeaders(response(get("/persons/987654321").with(viewerVn()), 404));
        }

        @Test
        void aRedirectToTheLoginCarriesThem() throws Exception {
            hasTheSecurityHeaders(response(get("/persons"), 302));
        }

        @Test
        void scriptsAndStylesheetsCarryThem() throws Exception {
            hasTheSecurityHeaders(response(get("/js/maps.js"), 200));
        }
    }

    @Nested
    class OnTheApi {

        @Test
        void aResponseCarriesThemAll() throws Exception {
            hasTheSecurityHeaders(response(get("/api/v1/persons").with(officerVn()), 200));
        }

        @Test
        void anErrorCarriesThem() throws Exception {
            hasTheSecurityHeaders(response(get("/api/v1/persons/987654321").with(officerVn()), 404));
        }

        @Test
        void aRefusedRequestWithoutCredentialsCarriesThem() throws Exception {
            hasTheSecurityHeaders(response(get("/api/v1/persons"), 401));
        }
    }

    @Nested
    class Hsts {

        @Test
        void isSentOnTlsRequestsOnly() throws Exception {
            assertThat(response(get("/login").secure(true), 200).getHeader("Strict-Transport-Security"))
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(response(get("/api/v1/persons").secure(true).with(officerVn()), 200)
                    .getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(response(get("/login"), 200).getHeader("Strict-Transport-Security")).isNull();
        }
    }
}
