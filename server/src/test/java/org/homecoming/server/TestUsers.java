package org.homecoming.server;

import org.homecoming.server.security.HomecomingPrincipal;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** Users of each role and side for MockMvc requests. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(String name, Side side, Role... roles) {
        return SecurityMockMvcRequestPostProcessors.user(HomecomingPrincipal.of(name, side, roles));
    }

    public static RequestPostProcessor officerVn() {
        return as("officer-vn", Side.VN, Role.CASE_OFFICER);
    }

    public static RequestPostProcessor officerUs() {
        return as("officer-us", Side.US, Role.CASE_OFFICER);
    }

    public static RequestPostProcessor viewerVn() {
        return as("viewer-vn", Side.VN, Role.VIEWER);
    }

    public static RequestPostProcessor viewerUs() {
        return as("viewer-us", Side.US, Role.VIEWER);
    }

    public static RequestPostProcessor labVn() {
        return as("lab-vn", Side.VN, Role.LAB_ANALYST);
    }

    public static RequestPostProcessor labUs() {
        return as("lab-us", Side.US, Role.LAB_ANALYST);
    }

    public static RequestPostProcessor liaisonVn() {
        return as("liaison-vn", Side.VN, Role.LIAISON);
    }

    public static RequestPostProcessor fieldVn() {
        return as("field-vn", Side.VN, Role.FIELD_TEAM);
    }

    public static RequestPostProcessor fieldUs() {
        return as("field-us", Side.US, Role.FIELD_TEAM);
    }

    public static RequestPostProcessor mineActionVn() {
        return as("mac-vn", Side.VN, Role.MINE_ACTION_OFFICER);
    }

    public static RequestPostProcessor mineActionUs() {
        return as("mac-us", Side.US, Role.MINE_ACTION_OFFICER);
    }

    public static RequestPostProcessor qualityVn() {
        return as("qm-vn", Side.VN, Role.QUALITY_MANAGER);
    }

    /** A social worker of the Vietnamese side (disability assistance). */
    public static RequestPostProcessor socialVn() {
        return as("social-vn", Side.VN, Role.SOCIAL_WORKER);
    }

    /** A social worker of the US side (disability assistance partners). */
    public static RequestPostProcessor socialUs() {
        return as("social-us", Side.US, Role.SOCIAL_WORKER);
    }

    /** A remediation officer of the Vietnamese side (dioxin cleanup progress). */
    public static RequestPostProcessor remediationVn() {
        return as("remediation-vn", Side.VN, Role.REMEDIATION_OFFICER);
    }
}
