package dev.vicimock.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A line chart of requests/s against connections (log2 x axis): one colour per workload, solid for the
 * simulator and dashed for the baseline on the same URLs. Drawn with Java2D so the benchmark needs no
 * plotting tool.
 */
public final class ThroughputChart {
    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 230;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] COLORS = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0xff7f0e),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0x222222),
    };
    private static final String BASELINE = "baseline ";
    private static final String SIMULATOR = "simulator ";

    /** Series name → requests/s per connection count, in the order of {@code connections}. */
    public static void write(Path png, String title, String subtitle, int[] connections, Map<String, double[]> series)
            throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            draw(g, title, subtitle, connections, series);
        } finally {
            g.dispose();
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(img, "png", png.toFile());
    }

    private static void draw(
            Graphics2D g, String title, String subtitle, int[] connections, Map<String, double[]> series) {
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        double yMax = niceCeiling(series.values().stream()
                        .flatMapToDouble(java.util.Arrays::stream)
                        .max()
                        .orElse(1)
                * 1.05);
        double xMin = log2(connections[0]);
        double xMax = log2(connections[connections.length - 1]);
        double xSpan = xMax > xMin ? xMax - xMin : 1;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(subtitle, LEFT, 46);

        // horizontal grid and y labels
        int yTicks = 5;
        for (int i = 0; i <= yTicks; i++) {
            double v = yMax * i / yTicks;
            int y = TOP + plotH - (int) Math.round(plotH * v / yMax);
            g.setColor(new Color(0xE5E5E5));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,.0f", v);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
        }
        // x labels at each measured connection count
        for (int c : connections) {
            int x = LEFT + (int) Math.round(plotW * (log2(c) - xMin) / xSpan);
            g.setColor(new Color(0xE5E5E5));
            g.drawLine(x, TOP, x, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            String label = Integer.toString(c);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + plotH + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.drawString("concurrent keep-alive connections (log scale)", LEFT + plotW / 2 - 130, H - 22);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("requests per second (median of runs)", -(TOP + plotH / 2 + 105), 22);
        rotated.dispose();

        int legendY = TOP + 10;
        List<String> workloads = series.keySet().stream()
                .map(ThroughputChart::workloadOf)
                .distinct()
                .toList();
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            Color color = COLORS[workloads.indexOf(workloadOf(s.getKey())) % COLORS.length];
            boolean baseline = s.getKey().startsWith(BASELINE);
            g.setColor(color);
            g.setStroke(
                    baseline
                            ? new BasicStroke(
                                    2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f)
                            : new BasicStroke(2.5f));
            int prevX = -1;
            int prevY = -1;
            double[] v = s.getValue();
            for (int k = 0; k < connections.length && k < v.length; k++) {
                int x = LEFT + (int) Math.round(plotW * (log2(connections[k]) - xMin) / xSpan);
                int y = TOP + plotH - (int) Math.round(plotH * v[k] / yMax);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                g.fillOval(x - 4, y - 4, 8, 8);
                prevX = x;
                prevY = y;
            }
            g.drawLine(LEFT + plotW + 15, legendY, LEFT + plotW + 45, legendY);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), LEFT + plotW + 52, legendY + 4);
            legendY += 22;
        }
    }

    private static String workloadOf(String seriesName) {
        return seriesName.substring(seriesName.indexOf(' ') + 1);
    }

    private static double log2(int v) {
        return Math.log(v) / Math.log(2);
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above v. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Series in the order the rows list them: "simulator W" and "baseline W" for each workload W. */
    public static Map<String, double[]> seriesOf(List<ThroughputRow> rows, int[] connections) {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (ThroughputRow r : rows) {
            String name = (r.server().equals("baseline") ? BASELINE : SIMULATOR) + r.workload();
            double[] v = series.computeIfAbsent(name, k -> new double[connections.length]);
            for (int k = 0; k < connections.length; k++) {
                if (connections[k] == r.connections()) {
                    v[k] = r.requestsPerSecond();
                }
            }
        }
        return series;
    }

    private ThroughputChart() {}
}
