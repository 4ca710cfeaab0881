package com.mentorplatform.ui.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines over a category axis (weeks, months, runs), each optionally with a confidence band drawn as a shaded
 * area between its lower and upper bounds: ECharts stacks a transparent series at the lower bound and a shaded
 * one of height upper − lower on it. Missing values (null) leave gaps. The tooltip gives each line's value and,
 * where it has a band, the interval.
 */
public class LineChart extends EChart {

    private static final String OPTIONS = """
            const fmt = v => v === null || v === undefined || v === '-' ? '–'
              : data.format === 'PERCENT' ? (v * 100).toFixed(1) + '%'
              : data.format === 'COUNT' ? Math.round(v).toString() : Number(v).toFixed(2);
            const axisFmt = v => data.format === 'PERCENT' ? Math.round(v * 100) + '%' : v;
            const gap = v => v === null || v === undefined ? '-' : v;
            const series = [];
            data.lines.forEach((l, i) => {
              if (l.lower && l.upper) {
                const stack = 'band' + i;
                series.push({ name: l.name + ' (lower bound)', type: 'line', stack, symbol: 'none',
                  lineStyle: { opacity: 0 }, silent: true, data: l.lower.map(gap), tooltip: { show: false } });
                series.push({ name: l.name + ' (band)', type: 'line', stack, symbol: 'none', silent: true,
                  lineStyle: { opacity: 0 }, areaStyle: { color: l.color, opacity: 0.18 },
                  data: l.upper.map((u, j) => u === null || l.lower[j] === null ? '-' : u - l.lower[j]) });
              }
              series.push({ name: l.name, type: 'line', data: l.values.map(gap), color: l.color,
                symbol: 'circle', symbolSize: 5, showSymbol: data.categories.length < 40,
                lineStyle: { width: 2.5, type: l.dashed ? 'dashed' : 'solid' },
                step: data.step ? 'end' : false });
            });
            return {
              grid: { left: 8, right: 40, top: 36, bottom: data.xName ? 32 : 8, containLabel: true },
              legend: { top: 0, right: 8, data: data.lines.map(l => l.name) },
              tooltip: { trigger: 'axis', formatter: items => {
                const head = items.length ? items[0].axisValueLabel : '';
                const rows = data.lines.map(l => {
                  const j = items.length ? items[0].dataIndex : 0;
                  const band = l.lower && l.upper && l.lower[j] !== null && l.upper[j] !== null
                    ? ' (' + fmt(l.lower[j]) + ' – ' + fmt(l.upper[j]) + ')' : '';
                  return '<span style="color:' + l.color + '">●</span> ' + l.name + ': <b>' + fmt(l.values[j]) + '</b>' + band;
                });
                return [head].concat(rows).join('<br>');
              } },
              xAxis: { type: 'category', data: data.categories, boundaryGap: false,
                name: data.xName, nameLocation: 'middle', nameGap: 28 },
              yAxis: { type: 'value', min: data.yMin, max: data.yMax, scale: data.yMin === null,
                name: data.yName, nameTextStyle: { align: 'left' }, axisLabel: { formatter: axisFmt } },
              series
            };""";

    /** One line: its values in category order, and its band's bounds (both null: no band). */
    public record Line(String name, String color, List<? extends Number> values, List<? extends Number> lower,
            List<? extends Number> upper, boolean dashed) {

        public Line {
            values = copy(values);
            lower = lower == null ? null : copy(lower);
            upper = upper == null ? null : copy(upper);
        }

        /** A solid line without a band. */
        public static Line of(String name, String color, List<? extends Number> values) {
            return new Line(name, color, values, null, null, false);
        }

        /** A solid line inside its confidence band. */
        public static Line withBand(String name, String color, List<? extends Number> values,
                List<? extends Number> lower, List<? extends Number> upper) {
            return new Line(name, color, values, lower, upper, false);
        }

        /** The same line drawn dashed: a target or a reference rather than a measurement. */
        public Line dashedLine() {
            return new Line(name, color, values, lower, upper, true);
        }

        private static List<? extends Number> copy(List<? extends Number> values) {
            return Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** What the chart shows: the categories left to right and the lines. */
    public record Lines(List<String> categories, List<Line> lines) {

        public Lines {
            categories = List.copyOf(categories);
            lines = List.copyOf(lines);
        }
    }

    /** How the axes read: the value format, axis names (may be null), the value range (null: fitted). */
    public record Axes(ValueFormat format, String xName, String yName, Number yMin, Number yMax, boolean step) {
    }

    private final Axes axes;
    private Lines lines = new Lines(List.of(), List.of());

    public LineChart(Axes axes) {
        super(OPTIONS);
        this.axes = axes;
    }

    public void show(Lines shown) {
        lines = shown;
        Map<String, Object> data = new HashMap<>();
        data.put("categories", shown.categories());
        data.put("lines", shown.lines());
        data.put("format", axes.format().name());
        data.put("xName", axes.xName());
        data.put("yName", axes.yName());
        data.put("yMin", axes.yMin());
        data.put("yMax", axes.yMax());
        data.put("step", axes.step());
        draw(data);
    }

    /** What the chart shows now. */
    public Lines lines() {
        return lines;
    }
}
