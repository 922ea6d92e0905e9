package org.homecoming.server.archive;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the archive: classifications by role, documents and artifacts of
 * the other side once shared, and the roles that may catalogue, share and exchange.
 *
 * <pre>{@code
 * access.allowed(user);                 // {OPEN, RESTRICTED} for a viewer
 * access.canSee(user, "DOCUMENT", doc.id(), doc.side(), doc.classification());
 * access.share("DOCUMENT", 7, Side.US, "agreement 2024-05", "liaison-vn");
 * }</pre>
 */
@Component
public class ArchiveAccess {

    private static final Set<Role> CONFIDENTIAL_READERS = EnumSet.of(Role.ADMIN, Role.CASE_OFFICER, Role.LIAISON);
    private static final Set<Role> CATALOGUERS = EnumSet.of(Role.ADMIN, Role.CASE_OFFICER, Role.LIAISON,
            Role.FIELD_TEAM);
    private static final Set<Role> EXCHANGERS = EnumSet.of(Role.ADMIN, Role.LIAISON);
    private static final Set<Role> REQUESTERS = EnumSet.of(Role.ADMIN, Role.CASE_OFFICER, Role.LIAISON);

    private final JdbcClient jdbc;

    ArchiveAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Classifications of own-side records the user may see. */
    public Set<Classification> allowed(CurrentUser u) {
        boolean all = u.isSystem() || u.roles().stream().anyMatch(CONFIDENTIAL_READERS::contains);
        return all ? EnumSet.allOf(Classification.class) : EnumSet.of(Classification.OPEN, Classification.RESTRICTED);
    }

    public boolean canSee(CurrentUser u, String type, long id, Side side, Classification c) {
        return side == u.side() ? allowed(u).contains(c) : sharedWith(type, u.side()).contains(id);
    }

    /** Ids of other-side records of {@code type} shared with {@code side}. */
    public List<Long> sharedWith(String type, Side side) {
        return jdbc.sql("SELECT record_id FROM archive_share WHERE record_type = ? AND to_side = ? AND revoked_at IS NULL")
                .params(type, side.name()).query(Long.class).list();
    }

    public void requireCataloguer(CurrentUser u) {
        require(u, CATALOGUERS, "catalogue documents and artifacts");
    }

    public void requireExchanger(CurrentUser u) {
        require(u, EXCHANGERS, "share records and exchange packages");
    }

    public void requireRequester(CurrentUser u) {
        require(u, REQUESTERS, "ask the other side for records or answer its requests");
    }

    /** Whether the user may share, export and import (for showing the controls). */
    public boolean isExchanger(CurrentUser u) {
        return u.roles().stream().anyMatch(EXCHANGERS::contains);
    }

    /** Whether the user may catalogue (for showing the controls). */
    public boolean isCataloguer(CurrentUser u) {
        return u.roles().stream().anyMatch(CATALOGUERS::contains);
    }

    /** Records that a document or artifact is visible to {@code toSide}. */
    public void share(String type, long id, Side toSide, String basis, String by) {
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("basis must say what allows the sharing: " + basis);
        }
        jdbc.sql("INSERT INTO archive_share (record_type, record_id, to_side, basis, shared_by, shared_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)").params(type, id, toSide.name(), basis.strip(), by, OffsetDateTime.now())
                .update();
    }

    private static void require(CurrentUser u, Set<Role> roles, String what) {
        if (!u.isSystem() && u.roles().stream().noneMatch(roles::contains)) {
            throw new AccessDeniedException("only " + roles + " may " + what);
        }
    }
}
