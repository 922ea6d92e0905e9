package org.homecoming.server.landrelease.area;

/**
 * Where an area lies in the administrative units before 1 July 2025 (province, district, commune of the 63
 * provinces) and since (province of the 34 and commune; districts were abolished).
 *
 * <pre>{@code
 * new Places("Quảng Bình", "Bố Trạch", "Xã Hưng Trạch", "Quảng Trị", "Xã Bố Trạch");
 * }</pre>
 */
public record Places(String provinceOld, String districtOld, String communeOld, String province, String commune) {
}
