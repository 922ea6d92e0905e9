package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.List;

/**
 * Square cells laid over a region; a cell counts when its centre lies inside the region.
 *
 * <pre>{@code
 * Grid g = Grid.covering(region.bounds(), 10);   // 10 m cells
 * List<Grid.Cell> cells = g.cellsIn(region);
 * }</pre>
 */
public record Grid(double originX, double originY, double cellSize, int columns, int rows) {

    /** More cells than this is a cell size chosen too small for the site (the estimate would take minutes). */
    public static final int MAX_CELLS = 250_000;

    /** A cell by its column and row, with the centre on the plane. */
    public record Cell(int column, int row, double x, double y) {
    }

    public Grid {
        if (!(cellSize > 0) || columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a grid needs a positive cell size and at least one cell");
        }
        if ((long) columns * rows > MAX_CELLS) {
            throw new IllegalArgumentException("a grid of " + columns + " × " + rows + " cells of " + cellSize
                    + " m is more than " + MAX_CELLS + " cells; choose larger cells");
        }
    }

    public static Grid covering(Region.Bounds b, double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("the cell size must be positive: " + cellSize);
        }
        int columns = Math.max(1, (int) Math.ceil((b.maxX() - b.minX()) / cellSize));
        int rows = Math.max(1, (int) Math.ceil((b.maxY() - b.minY()) / cellSize));
        return new Grid(b.minX(), b.minY(), cellSize, columns, rows);
    }

    public double cellArea() {
        return cellSize * cellSize;
    }

    public List<Cell> cellsIn(Region region) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double y = originY + (r + 0.5) * cellSize;
            for (int c = 0; c < columns; c++) {
                double x = originX + (c + 0.5) * cellSize;
                if (region.contains(x, y)) {
                    cells.add(new Cell(c, r, x, y));
                }
            }
        }
        return cells;
    }
}
