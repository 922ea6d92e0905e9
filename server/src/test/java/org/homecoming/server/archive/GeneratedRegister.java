package org.homecoming.server.archive;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A burial register generated for tests: pages of entries "Liệt sĩ NAME, sinh năm YEAR, quê PLACE,
 * đơn vị UNIT, hy sinh ngày DATE, an táng tại đồi 31" with an English translation and a scan (PNG).
 * The same seed gives the same register.
 */
public final class GeneratedRegister {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"};
    static final String[] MIDDLE = {"Văn", "Đình", "Hữu", "Quang", "Xuân"};
    static final String[] GIVEN = {"Thành", "Hùng", "Dũng", "Minh", "Sơn", "Tuấn", "Hải", "Long", "Phúc", "Đức"};
    static final String[] PLACE = {"Nam Định", "Thái Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa"};
    static final String[] PLACE_EN = {"Nam Dinh", "Thai Binh", "Ha Tinh", "Nghe An", "Thanh Hoa"};

    record Entry(String name, int born, String place, String placeEn, String unit, String died) {
    }

    record GeneratedPage(int pageNo, List<Entry> entries, String transcription, String translation, byte[] scan) {
    }

    private GeneratedRegister() {
    }

    static List<GeneratedPage> pages(long seed, int pages, int entriesPerPage) {
        Random r = new Random(seed);
        List<GeneratedPage> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<Entry> entries = new ArrayList<>();
            StringBuilder vi = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int i = 0; i < entriesPerPage; i++) {
                int k = r.nextInt(PLACE.length);
                Entry e = new Entry(FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                        + GIVEN[r.nextInt(GIVEN.length)], 1940 + r.nextInt(12), PLACE[k], PLACE_EN[k],
                        "C" + (1 + r.nextInt(3)) + " D" + (1 + r.nextInt(3)) + " E48",
                        String.format("%02d/%02d/1968", 1 + r.nextInt(28), 1 + r.nextInt(12)));
                entries.add(e);
                vi.append(i + 1).append(". Liệt sĩ ").append(e.name()).append(", sinh năm ").append(e.born())
                        .append(", quê ").append(e.place()).append(", đơn vị ").append(e.unit())
                        .append(", hy sinh ngày ").append(e.died()).append(", an táng tại đồi 31.\n");
                en.append(i + 1).append(". Martyr ").append(e.name()).append(", born ").append(e.born())
                        .append(", from ").append(e.placeEn()).append(", unit ").append(e.unit()).append(", died ")
                        .append(e.died()).append(", buried on hill 31.\n");
            }
            out.add(new GeneratedPage(p, entries, vi.toString(), en.toString(), scan(vi.toString())));
        }
        return out;
    }

    /**
     * A one-page PDF of the text (Helvetica, ASCII only: the letters are folded first), standing in
     * for a scanner that writes PDF. Written by hand so the test needs no PDF library: header,
     * catalog, page tree, page, content stream, font, and a cross-reference table with the byte
     * offset of each object.
     */
    public static byte[] pdf(String text) {
        StringBuilder content = new StringBuilder("BT /F1 9 Tf 12 TL 36 800 Td");
        for (String line : org.homecoming.server.search.VietnameseNames.fold(text).split("\n")) {
            content.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*");
        }
        content.append(" ET");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A small greyscale image of the text, standing in for a scan. */
    public static byte[] scan(String text) {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 10));
        int y = 14;
        for (String line : text.split("\n")) {
            g.drawString(line, 6, y);
            y += 13;
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
