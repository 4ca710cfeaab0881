package com.mentorplatform.ui.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid of coloured cells (rows × columns, e.g. cohort × month), darker for higher values on a single-hue blue
 * scale that reads the same to colour-blind eyes; each cell carries its value as a label, and an empty cell
 * (no value) stays blank.
 */
public class HeatmapChart extends EChart {

    private static final String OPTIONS = """
            const fmt = v => v === null || v === undefined ? '–' : Number(v).toFixed(data.decimals);
            const values = data.cells.map(c => c.value).filter(v => v !== null);
            const max = values.length ? Math.max(...values) : 1;
            return {
              grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
              tooltip: { formatter: p => data.rows[p.value[1]] + ', ' + data.columns[p.value[0]] + ': <b>'
                  + fmt(p.value[2]) + '</b> ' + data.valueName },
              xAxis: { type: 'category', data: data.columns, splitArea: { show: true } },
              yAxis: { type: 'category', data: data.rows, inverse: true, splitArea: { show: true } },
              visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
                inRange: { color: ['#eff6fb', '#9ecae1', '#0072B2', '#08306b'] },
                formatter: v => fmt(v) },
              series: [{ name: data.valueName, type: 'heatmap',
                data: data.cells.map(c => [c.column, c.row, c.value === null ? '-' : c.value]),
                label: { show: true, formatter: p => fmt(p.value[2]) },
                emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }]
            };""";

    /** One cell: its column and row positions and its value (null: no data). */
    public record Cell(int column, int row, Number value) {
    }

    /** What the chart shows: the column and row labels and the cells that have data. */
    public record Cells(List<String> columns, List<String> rows, List<Cell> cells) {

        public Cells {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            cells = List.copyOf(cells);
        }
    }

    private final String valueName;
    private final int decimals;
    private Cells cells = new Cells(List.of(), List.of(), List.of());

    /** A heatmap of {@code valueName} (for the tooltip), written with {@code decimals} decimals. */
    public HeatmapChart(String valueName, int decimals) {
        super(OPTIONS);
        this.valueName = valueName;
        this.decimals = decimals;
    }

    public void show(Cells shown) {
        cells = shown;
        Map<String, Object> data = new HashMap<>();
        data.put("columns", shown.columns());
        data.put("rows", shown.rows());
        data.put("cells", shown.cells());
        data.put("valueName", valueName);
        data.put("decimals", decimals);
        draw(data);
    }

    /** What the chart shows now. */
    public Cells cells() {
        return cells;
    }
}
