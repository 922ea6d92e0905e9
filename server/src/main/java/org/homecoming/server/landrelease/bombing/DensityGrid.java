package org.homecoming.server.landrelease.bombing;

/**
 * A grid over a bounding box with square-ish cells of a size given in metres, turned into degrees at the
 * box's middle latitude: a cell is {@code m / 111 320} degrees of latitude high and
 * {@code m / (111 320 · cos φ)} degrees of longitude wide (111 320 m per degree on the WGS84 equator, a
 * spherical approximation good to under 1 % for the cell sizes used). Cells start at the box's south-west
 * corner: column {@code i} covers {@code [W + i·Δλ, W + (i+1)·Δλ)}.
 *
 * <pre>{@code
 * DensityGrid g = DensityGrid.of(new GeoBox(106, 16, 107, 17), 5_000);
 * g.columns(); // 22 columns of 0.0467° at 16.5° N
 * }</pre>
 *
 * <p>Refuses cells under {@link #MIN_CELL_M} or over {@link #MAX_CELL_M}, and grids of more than
 * {@link #MAX_CELLS} cells (the map would not draw them and the query would not be cheap).
 */
public record DensityGrid(GeoBox box, double cellMetres, double dLon, double dLat, long columns, long rows) {

    public static final double METRES_PER_DEGREE = 111_320;
    public static final int MAX_CELLS = 20_000;
    public static final double MIN_CELL_M = 100;
    public static final double MAX_CELL_M = 100_000;

    public static DensityGrid of(GeoBox box, double cellMetres) {
        if (!(cellMetres >= MIN_CELL_M && cellMetres <= MAX_CELL_M)) {
            throw new IllegalArgumentException("cell must be in [" + (int) MIN_CELL_M + ", " + (int) MAX_CELL_M
                    + "] metres: " + cellMetres);
        }
        double midLat = Math.toRadians((box.south() + box.north()) / 2);
        double dLat = cellMetres / METRES_PER_DEGREE;
        double dLon = cellMetres / (METRES_PER_DEGREE * Math.max(Math.cos(midLat), 0.01));
        long columns = (long) Math.ceil((box.east() - box.west()) / dLon);
        long rows = (long) Math.ceil((box.north() - box.south()) / dLat);
        if (columns * rows > MAX_CELLS) {
            throw new IllegalArgumentException("too many cells: " + columns + " x " + rows + " = " + columns * rows
                    + " exceeds the limit of " + MAX_CELLS + "; choose a larger cell or a smaller bbox");
        }
        return new DensityGrid(box, cellMetres, dLon, dLat, columns, rows);
    }

    /** The cell's corners, closed ring, longitude first as GeoJSON wants. */
    public double[][] ring(long column, long row) {
        double w = box.west() + column * dLon;
        double s = box.south() + row * dLat;
        double e = w + dLon;
        double n = s + dLat;
        return new double[][] {{w, s}, {e, s}, {e, n}, {w, n}, {w, s}};
    }
}
