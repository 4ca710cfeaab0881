package com.mentorplatform.ui.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;

/**
 * A proposal's score breakdown as a horizontal bar chart drawn by ECharts (served from its webjar): how well the
 * pair does on each part (0–1) and what each part, weighted, adds to the score. The script loads once per page.
 */
class ScoreChart extends Div {

    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String SCRIPT_URL = ScoreChart.class.getName() + ".scriptUrl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAW = """
            const el = this; const data = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 100); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption({
                grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
                legend: { top: 0, data: ['Match (0–1)', 'Adds to score'] },
                tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
                xAxis: { type: 'value', min: 0, max: 1 },
                yAxis: { type: 'category', inverse: true, data: data.labels },
                series: [
                  { name: 'Match (0–1)', type: 'bar', data: data.values, itemStyle: { color: '#9bb8e8' } },
                  { name: 'Adds to score', type: 'bar', data: data.contributions, itemStyle: { color: '#1676f3' },
                    label: { show: true, position: 'right', formatter: p => p.value.toFixed(2) } }
                ]
              }, true);
              chart.resize();
            };
            draw();""";

    private List<ScorePart> parts = List.of();

    ScoreChart() {
        setId("score-chart");
        setWidth("50%");
        setMinWidth("22rem");
        setHeight("300px");
    }

    void show(List<ScorePart> shown) {
        parts = List.copyOf(shown);
        getElement().executeJs(DRAW, json(parts));
    }

    /** What the chart shows, in order. */
    List<ScorePart> parts() {
        return parts;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(scriptUrl(attach.getSession()));
        if (!parts.isEmpty()) {
            getElement().executeJs(DRAW, json(parts));
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
        StreamResource script = new StreamResource("echarts.min.js", () -> ScoreChart.class.getResourceAsStream(ECHARTS));
        script.setContentType("text/javascript");
        String url = session.getResourceRegistry().registerResource(script).getResourceUri().toString();
        session.setAttribute(SCRIPT_URL, url);
        return url;
    }

    private static String json(List<ScorePart> parts) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "labels", parts.stream().map(ScorePart::label).toList(),
                    "values", parts.stream().map(ScorePart::value).toList(),
                    "contributions", parts.stream().map(ScorePart::contribution).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Score parts could not be written as JSON", e);
        }
    }
}
