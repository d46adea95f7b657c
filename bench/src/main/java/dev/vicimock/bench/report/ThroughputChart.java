package dev.vicimock.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of requests/s against connections (XChart): one colour per workload, solid for the simulator and
 * dashed for the baseline on the same URLs. Connections are plotted as their base-2 logarithm, so 1, 8 and 64 are
 * evenly spaced, and labelled with the counts themselves.
 */
public final class ThroughputChart {
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
    };
    private static final String BASELINE = "baseline ";
    private static final String SIMULATOR = "simulator ";

    /** Series name → requests/s per connection count, in the order of {@code connections}. */
    public static void write(Path png, String title, String subtitle, int[] connections, Map<String, double[]> series)
            throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(560)
                .title(title)
                .xAxisTitle("concurrent keep-alive connections (log scale); " + subtitle)
                .yAxisTitle("requests per second (median of runs)")
                .build();
        XYStyler style = chart.getStyler();
        style.setLegendPosition(Styler.LegendPosition.OutsideE);
        style.setChartBackgroundColor(Color.WHITE);
        style.setYAxisMin(0.0);
        style.setPlotMargin(0);
        style.setYAxisDecimalPattern("#,###");
        // a tick between two measured counts would read 2.8 connections: only powers of two are labelled
        chart.setCustomXAxisTickLabelsFormatter(
                x -> x == Math.rint(x) ? Long.toString(Math.round(Math.pow(2, x))) : "");
        double[] x = Arrays.stream(connections)
                .mapToDouble(c -> Math.log(c) / Math.log(2))
                .toArray();
        List<String> workloads = series.keySet().stream()
                .map(name -> name.substring(name.indexOf(' ') + 1))
                .distinct()
                .toList();
        series.forEach((name, values) -> {
            Color color = COLORS[workloads.indexOf(name.substring(name.indexOf(' ') + 1)) % COLORS.length];
            XYSeries s = chart.addSeries(name, x, values);
            s.setLineColor(color);
            s.setMarkerColor(color);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(name.startsWith(BASELINE) ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
        });
        Files.createDirectories(png.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
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
