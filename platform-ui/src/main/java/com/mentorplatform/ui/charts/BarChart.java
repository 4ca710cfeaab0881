package com.mentorplatform.ui.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A horizontal bar chart drawn by ECharts (served from its webjar): one row per category, one bar per series,
 * a legend, and optionally some rows highlighted (their label in bold and their bars in each series' highlight
 * colour). The script loads once per session; the chart redraws whenever it is shown new bars or re-attached,
 * and resizes with its box.
 */
public class BarChart extends Div {

    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String SCRIPT_URL = BarChart.class.getName() + ".scriptUrl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAW = """
            const el = this; const data = JSON.parse($0);
            const lit = i => data.highlighted.includes(i);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 100); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption({
                grid: { left: 8, right: 32, top: 28, bottom: 8, containLabel: true },
                legend: { top: 0, data: data.series.map(s => s.name) },
                tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
                xAxis: { type: 'value', min: data.min, max: data.max, minInterval: data.interval },
                yAxis: { type: 'category', inverse: true, data: data.categories,
                  axisLabel: { formatter: (v, i) => lit(i) ? '{lit|' + v + '}' : v,
                    rich: { lit: { fontWeight: 'bold', color: '#b45309' } } } },
                series: data.series.map(s => ({
                  name: s.name, type: 'bar', itemStyle: { color: s.color },
                  data: s.values.map((v, i) => lit(i) && s.highlightColor
                      ? { value: v, itemStyle: { color: s.highlightColor } } : v),
                  label: s.labelDecimals === null ? { show: false } : { show: true, position: 'right',
                      formatter: p => Number(p.value).toFixed(s.labelDecimals) }
                }))
              }, true);
              chart.resize();
              // Follow the chart's box when the layout around it settles or the window changes size.
              if (!el.$resizeObserved) {
                el.$resizeObserved = true;
                new ResizeObserver(() => window.echarts.getInstanceByDom(el)?.resize()).observe(el);
              }
            };
            draw();""";

    /**
     * One bar per category: {@code values} in category order; {@code highlightColor} (may be null) for the
     * highlighted rows; {@code labelDecimals} writes each value at its bar's end with that many decimals (null:
     * no labels).
     */
    public record Series(String name, String color, String highlightColor, List<? extends Number> values,
            Integer labelDecimals) {

        public Series {
            values = List.copyOf(values);
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
    private final Number max;
    private final Number interval;
    private Bars bars = Bars.NONE;

    /** A chart whose value axis runs from {@code min} to {@code max}, ticks {@code interval} apart (null: chosen). */
    public BarChart(Number min, Number max, Number interval) {
        this.min = min;
        this.max = max;
        this.interval = interval;
    }

    public void show(Bars shown) {
        bars = shown;
        getElement().executeJs(DRAW, json());
    }

    /** What the chart shows now. */
    public Bars bars() {
        return bars;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(scriptUrl(attach.getSession()));
        if (!bars.categories().isEmpty()) {
            getElement().executeJs(DRAW, json());
        }
    }

    /**
     * The script's address, registered once per session: served from the webjar on the class path by Vaadin
     * itself, so it does not depend on how the servlet container exposes jar resources.
     */
    private static String scriptUrl(VaadinSession session) {
        Object known = session.getAttribute(SCRIPT_URL);
        if (known != null) {
            return (String) known;
        }
        StreamResource script = new StreamResource("echarts.min.js", () -> BarChart.class.getResourceAsStream(ECHARTS));
        script.setContentType("text/javascript");
        String url = session.getResourceRegistry().registerResource(script).getResourceUri().toString();
        session.setAttribute(SCRIPT_URL, url);
        return url;
    }

    private String json() {
        List<Map<String, Object>> series = bars.series().stream().map(BarChart::json).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("categories", bars.categories());
        data.put("series", series);
        data.put("highlighted", new TreeSet<>(bars.highlighted()));
        data.put("min", min);
        data.put("max", max);
        data.put("interval", interval);
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data could not be written as JSON", e);
        }
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
