package org.homecoming.server.landrelease.bombing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes missions in JDBC batches of {@link #BATCH} rows, each batch its own transaction, skipping rows whose
 * {@code THOR_DATA_VIET_ID} is already stored ({@code ON CONFLICT DO NOTHING}, which H2 in PostgreSQL mode
 * and PostgreSQL both accept), and counts what was inserted.
 *
 * <pre>{@code
 * try (MissionWriter w = new MissionWriter(connection, importId)) {
 *     w.add(mission);
 * }
 * w.inserted();
 * }</pre>
 */
final class MissionWriter implements AutoCloseable {

    static final int BATCH = 5_000;
    private static final int TEXT = 120;
    private static final int SHORT_TEXT = 60;
    private static final String INSERT = "INSERT INTO bombing_mission (thor_id, mission_date, lat, lon, weapon_type,"
            + " weapon_class, weapon_weight, weapons_delivered, weapons_jettisoned, target_country, target_type,"
            + " operation, mission_function, degree_cell, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private final Connection connection;
    private final PreparedStatement insert;
    private final long importId;
    private final List<Mission> pending = new ArrayList<>(BATCH);
    private long offered;
    private long inserted;

    MissionWriter(Connection connection, long importId) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
    }

    void add(Mission m) throws SQLException {
        pending.add(m);
        offered++;
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Rows stored by this writer so far (after {@link #close}, all of them). */
    long inserted() {
        return inserted;
    }

    /** Rows given to this writer that were already stored (by an earlier import or earlier in the same file). */
    long duplicates() {
        return offered - pending.size() - inserted;
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        for (Mission m : pending) {
            bind(m);
            insert.addBatch();
        }
        for (int n : insert.executeBatch()) {
            inserted += n > 0 ? n : 0;
        }
        connection.commit();
        pending.clear();
    }

    private void bind(Mission m) throws SQLException {
        insert.setLong(1, m.thorId());
        insert.setObject(2, m.date());
        insert.setDouble(3, m.lat());
        insert.setDouble(4, m.lon());
        insert.setString(5, cut(m.weaponType(), TEXT));
        insert.setString(6, cut(m.weaponClass(), SHORT_TEXT));
        setInt(7, m.weaponWeight());
        setInt(8, m.weaponsDelivered());
        setInt(9, m.weaponsJettisoned());
        insert.setString(10, cut(m.targetCountry(), SHORT_TEXT));
        insert.setString(11, cut(m.targetType(), TEXT));
        insert.setString(12, cut(m.operation(), TEXT));
        insert.setString(13, cut(m.missionFunction(), TEXT));
        insert.setInt(14, DegreeCells.key(m.lat(), m.lon()));
        insert.setLong(15, importId);
    }

    private void setInt(int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    /** Text columns hold 60 or 120 characters; THOR's values are far shorter, a longer one is cut rather than failing the import. */
    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
