package com.mentorplatform.ui.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A horizontal bar chart drawn by ECharts: one row per category, one bar per series, a legend, and optionally
 * some rows highlighted (their label in bold and their bars in each series' highlight colour). A missing value
 * (null) draws no bar. The chart redraws whenever it is shown new bars or re-attached, and resizes with its box.
 */
public class BarChart extends EChart {

    private static final String OPTIONS = """
            const lit = i => data.highlighted.includes(i);
            const suffix = data.percent ? '%' : '';
            return {
              grid: { left: 8, right: 40, top: 28, bottom: data.valueName ? 28 : 8, containLabel: true },
              legend: { top: 0, data: data.series.map(s => s.name) },
              tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
                valueFormatter: v => v === null || v === undefined ? '–' : v + suffix },
              xAxis: { type: 'value', min: data.min, max: data.max, minInterval: data.interval,
                name: data.valueName, nameLocation: 'middle', nameGap: 24,
                axisLabel: { formatter: v => v + suffix } },
              yAxis: { type: 'category', inverse: true, data: data.categories,
                axisLabel: { formatter: (v, i) => lit(i) ? '{lit|' + v + '}' : v,
                  rich: { lit: { fontWeight: 'bold', color: '#b45309' } } } },
              series: data.series.map(s => ({
                name: s.name, type: 'bar', itemStyle: { color: s.color },
                data: s.values.map((v, i) => v === null ? '-' : lit(i) && s.highlightColor
                    ? { value: v, itemStyle: { color: s.highlightColor } } : v),
                label: s.labelDecimals === null ? { show: false } : { show: true, position: 'right',
                    formatter: p => Number(p.value).toFixed(s.labelDecimals) + suffix }
              }))
            };""";

    /**
     * One bar per category: {@code values} in category order (null: no bar); {@code highlightColor} (may be null)
     * for the highlighted rows; {@code labelDecimals} writes each value at its bar's end with that many decimals
     * (null: no labels).
     */
    public record Series(String name, String color, String highlightColor, List<? extends Number> values,
            Integer labelDecimals) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** What the chart shows: the categories top to bottom, the series, and the positions of highlighted rows. */
    public record Bars(List<String> categories, List<Series> series, Set<Integer> highlighted) {

        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            highlighted = Set.copyOf(highlighted);
        }

        static final Bars NONE = new Bars(List.of(), List.of(), Set.of());
    }

    private final Number min;
    private Number max;
    private final Number interval;
    private String valueName;
    private boolean percent;
    private Bars bars = Bars.NONE;

    /** A chart whose value axis runs from {@code min} to {@code max}, ticks {@code interval} apart (null: chosen). */
    public BarChart(Number min, Number max, Number interval) {
        super(OPTIONS);
        this.min = min;
        this.max = max;
        this.interval = interval;
    }

    /** A chart of percentages (values 0..100): the axis, the labels and the tooltip read "40%". */
    public static BarChart ofPercentages(String valueName) {
        BarChart chart = new BarChart(0, 100, null);
        chart.percent = true;
        chart.valueName = valueName;
        return chart;
    }

    /**
     * Whether the values are percentages (0..100, the axis fixed at 100) or plain numbers (the axis fitted to
     * them); for a chart whose column changes with what is chosen.
     */
    public void setPercentages(boolean percentages) {
        percent = percentages;
        max = percentages ? 100 : null;
    }

    public void show(Bars shown) {
        bars = shown;
        draw(json());
    }

    /** What the chart shows now. */
    public Bars bars() {
        return bars;
    }

    private Map<String, Object> json() {
        List<Map<String, Object>> series = bars.series().stream().map(BarChart::json).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("categories", bars.categories());
        data.put("series", series);
        data.put("highlighted", new TreeSet<>(bars.highlighted()));
        data.put("min", min);
        data.put("max", max);
        data.put("interval", interval);
        data.put("percent", percent);
        data.put("valueName", valueName);
        return data;
    }

    private static Map<String, Object> json(Series series) {
        Map<String, Object> json = new HashMap<>();
        json.put("name", series.name());
        json.put("color", series.color());
        json.put("highlightColor", series.highlightColor());
        json.put("values", series.values());
        json.put("labelDecimals", series.labelDecimals());
        return json;
    }
}
