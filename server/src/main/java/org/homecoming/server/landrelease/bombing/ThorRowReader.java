package org.homecoming.server.landrelease.bombing;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one THOR row into a {@link Mission}, or records why it cannot be one: −1 and empty mean missing,
 * coordinates must lie in the target country's box.
 *
 * <pre>{@code
 * Mission m = reader.read(record, rejections); // null when rejected, the reason counted in rejections
 * }</pre>
 *
 * <p>{@code MSNDATE} is read as {@code yyyy-MM-dd} (the published CSV) or {@code yyyyMMdd}.
 */
final class ThorRowReader {

    private static final String MISSING = "-1";

    private final ThorColumns columns;
    private final CountryBoxes boxes;

    ThorRowReader(ThorColumns columns, CountryBoxes boxes) {
        this.columns = columns;
        this.boxes = boxes;
    }

    /** The mission of {@code row}, or {@code null} with the reason added to {@code rejections}. */
    Mission read(CSVRecord row, Rejections rejections) {
        long line = row.getRecordNumber() + 1;
        String id = field(row, columns.id());
        if (missing(id)) {
            rejections.reject(RejectionReason.MISSING_ID, line, ThorColumns.ID, id);
            return null;
        }
        String dateText = field(row, columns.date());
        if (missing(dateText)) {
            rejections.reject(RejectionReason.MISSING_DATE, line, ThorColumns.DATE, dateText);
            return null;
        }
        LocalDate date = date(dateText);
        if (date == null) {
            rejections.reject(RejectionReason.BAD_DATE, line, ThorColumns.DATE, dateText);
            return null;
        }
        String latText = field(row, columns.lat());
        String lonText = field(row, columns.lon());
        if (missing(latText) || missing(lonText)) {
            rejections.reject(RejectionReason.MISSING_COORDINATES, line, missing(latText) ? ThorColumns.LAT
                    : ThorColumns.LON, missing(latText) ? latText : lonText);
            return null;
        }
        return withNumbers(row, line, id, date, latText, lonText, rejections);
    }

    private Mission withNumbers(CSVRecord row, long line, String id, LocalDate date, String latText, String lonText,
            Rejections rejections) {
        Numbers n = new Numbers(line, rejections);
        Long thorId = n.whole(ThorColumns.ID, id);
        Double lat = n.decimal(ThorColumns.LAT, latText);
        Double lon = n.decimal(ThorColumns.LON, lonText);
        Long weight = n.count(ThorColumns.WEAPON_WEIGHT, field(row, columns.weaponWeight()));
        Long delivered = n.count(ThorColumns.DELIVERED, field(row, columns.delivered()));
        Long jettisoned = n.count(ThorColumns.JETTISONED, field(row, columns.jettisoned()));
        if (n.failed()) {
            return null;
        }
        String country = text(row, columns.country());
        if (!boxes.boxFor(country).contains(lon, lat)) {
            rejections.reject(RejectionReason.OUTSIDE_COUNTRY, line, ThorColumns.LAT + "," + ThorColumns.LON,
                    latText + "," + lonText);
            return null;
        }
        return new Mission(thorId, date, lat, lon, text(row, columns.weaponType()), text(row, columns.weaponClass()),
                small(weight), small(delivered), small(jettisoned), country, text(row, columns.targetType()),
                text(row, columns.operation()), text(row, columns.missionFunction()));
    }

    static boolean missing(String value) {
        return value.isEmpty() || value.equals(MISSING);
    }

    /** {@code yyyy-MM-dd} or {@code yyyyMMdd}; {@code null} for anything else or a day that does not exist. */
    static LocalDate date(String s) {
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
            }
            if (s.length() == 8) {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10),
                        Integer.parseInt(s, 6, 8, 10));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Integer small(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static String field(CSVRecord row, int index) {
        return index < 0 || index >= row.size() ? "" : row.get(index).strip();
    }

    private static String text(CSVRecord row, int index) {
        String s = field(row, index);
        return missing(s) ? null : s;
    }
}
