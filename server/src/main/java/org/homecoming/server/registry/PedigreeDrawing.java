package org.homecoming.server.registry;

import java.util.List;
import java.util.Locale;

/**
 * A pedigree laid out for drawing: the size, the lines and the nodes with their coordinates, so that
 * a page draws it as SVG through its template (every name escaped there, no markup built from data)
 * and the API can hand the same drawing out as an SVG document ({@link #toSvg()}).
 *
 * <pre>{@code
 * <svg th:replace="~{fragments/pedigree :: pedigree(${drawing})}"></svg>
 * }</pre>
 *
 * <p>Coordinates are written with {@link Locale#ROOT} once here, so that no locale puts a comma in an
 * SVG number.
 */
public record PedigreeDrawing(int width, int height, List<Line> lines, List<Node> nodes) {

    public PedigreeDrawing {
        lines = List.copyOf(lines);
        nodes = List.copyOf(nodes);
    }

    /** A straight line between two points. */
    public record Line(String x1, String y1, String x2, String y2) {

        static Line of(double x1, double y1, double x2, double y2) {
            return new Line(n(x1), n(y1), n(x2), n(y2));
        }
    }

    /** A text centred on {@code x}. */
    public record Label(String x, String y, String text) {
    }

    /**
     * One person: a square ({@code square}, top-left at {@code x, y}) or a circle (centre {@code x, y}),
     * its style, the slash of the dead ({@code deceased}, null for the living), a tooltip and labels.
     *
     * @param dash the stroke's dash pattern, null for a solid line
     */
    public record Node(String cssClass, boolean square, String x, String y, int size, String radius, String fill,
            String stroke, String strokeWidth, String dash, Line deceased, String title, List<Label> labels) {

        public Node {
            labels = List.copyOf(labels);
        }
    }

    /** The drawing as a standalone SVG document, every text escaped. */
    public String toSvg() {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pedigree\" role=\"img\" viewBox=\"0 0 %d %d\""
                        + " width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"10\">",
                width, height, width, height));
        lines.forEach(l -> svg.append(line(l)));
        for (Node n : nodes) {
            svg.append("<g class=\"").append(n.cssClass()).append("\"><title>").append(escape(n.title())).append("</title>");
            String style = "fill=\"" + n.fill() + "\" stroke=\"" + n.stroke() + "\" stroke-width=\"" + n.strokeWidth() + "\""
                    + (n.dash() == null ? "" : " stroke-dasharray=\"" + n.dash() + "\"");
            svg.append(n.square()
                    ? "<rect x=\"" + n.x() + "\" y=\"" + n.y() + "\" width=\"" + n.size() + "\" height=\"" + n.size() + "\" "
                    : "<circle cx=\"" + n.x() + "\" cy=\"" + n.y() + "\" r=\"" + n.radius() + "\" ").append(style).append("/>");
            if (n.deceased() != null) {
                svg.append(line(n.deceased()));
            }
            n.labels().forEach(t -> svg.append("<text x=\"").append(t.x()).append("\" y=\"").append(t.y())
                    .append("\" text-anchor=\"middle\">").append(escape(t.text())).append("</text>"));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String line(Line l) {
        return "<line x1=\"" + l.x1() + "\" y1=\"" + l.y1() + "\" x2=\"" + l.x2() + "\" y2=\"" + l.y2() + "\" stroke=\"#555\"/>";
    }

    static String n(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
