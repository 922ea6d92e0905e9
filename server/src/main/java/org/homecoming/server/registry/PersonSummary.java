package org.homecoming.server.registry;

/**
 * One line of a search result: enough to show and open a person.
 *
 * <pre>{@code
 * {"id":42,"fullName":"Nguyễn Văn Thành","side":"VN","status":"MISSING","birthYear":1948,"province":"Tỉnh Nam Định","score":12.3}
 * }</pre>
 */
public record PersonSummary(long id, String fullName, String side, String status, Integer birthYear, Integer lossYear,
        String province, String unit, double score) {
}
