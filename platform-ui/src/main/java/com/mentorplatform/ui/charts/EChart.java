package com.mentorplatform.ui.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;

/**
 * The shared part of every chart drawn by ECharts: the library's script, served from its webjar and registered
 * once per session; drawing in the browser once the script has arrived; redrawing when re-attached; following
 * the chart's box when it resizes. A chart supplies the data (any value Jackson can write) and a script that
 * turns {@code data} into ECharts options.
 */
public abstract class EChart extends Div {

    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String SCRIPT_URL = EChart.class.getName() + ".scriptUrl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAW_BEFORE = """
            const el = this; const data = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 100); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              const option = (() => {
            """;
    private static final String DRAW_AFTER = """
              })();
              chart.setOption(option, true);
              chart.resize();
              // Follow the chart's box when the layout around it settles or the window changes size.
              if (!el.$resizeObserved) {
                el.$resizeObserved = true;
                new ResizeObserver(() => window.echarts.getInstanceByDom(el)?.resize()).observe(el);
              }
            };
            draw();""";

    private final String drawing;
    private String shownJson;

    /**
     * A chart whose {@code optionsScript} is the body of a JavaScript function returning the ECharts options;
     * it reads the chart's data as {@code data}.
     */
    protected EChart(String optionsScript) {
        this.drawing = DRAW_BEFORE + optionsScript + DRAW_AFTER;
        addClassName("echart");
    }

    /** Draws {@code data} now (and again whenever the chart is attached). */
    protected final void draw(Object data) {
        shownJson = json(data);
        getElement().executeJs(drawing, shownJson);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(scriptUrl(attach.getSession()));
        if (shownJson != null) {
            getElement().executeJs(drawing, shownJson);
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
        StreamResource script = new StreamResource("echarts.min.js", () -> EChart.class.getResourceAsStream(ECHARTS));
        script.setContentType("text/javascript");
        String url = session.getResourceRegistry().registerResource(script).getResourceUri().toString();
        session.setAttribute(SCRIPT_URL, url);
        return url;
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data could not be written as JSON", e);
        }
    }
}
