package org.policyforum.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * PrimeFaces' chart, drawn after the page has been shown on a reader's page without PrimeFaces' scripts in its head
 * ({@link ReaderScripts}). The chart's element is PrimeFaces' own (a {@code div} holding a labelled {@code canvas});
 * instead of the script that would start its widget at once, the element carries the widget's configuration and the
 * scripts it needs, and {@code forum/later-widgets.js} loads those and starts the widget once the page is shown. On
 * every other page the chart is PrimeFaces' as it is.
 */
public class LaterChartRenderer extends ChartRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!ReaderScripts.drawnLater(context)) {
            super.encodeEnd(context, component);
            return;
        }
        Chart chart = (Chart) component;
        String id = chart.getClientId(context);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", chart);
        writer.writeAttribute("id", id, "id");
        writer.writeAttribute(
                "class", chart.getStyleClass() == null ? "ui-chart" : "ui-chart " + chart.getStyleClass(), null);
        if (chart.getStyle() != null) {
            writer.writeAttribute("style", chart.getStyle(), null);
        }
        writer.writeAttribute("data-later-widget", "Chart", null);
        writer.writeAttribute("data-widget-var", chart.resolveWidgetVar(context), null);
        // the writer escapes the configuration (poll options are anyone's text) as any attribute's value
        writer.writeAttribute("data-config", renderConfig(context, chart), null);
        writer.writeAttribute("data-scripts", String.join(" ", ReaderScripts.scriptsFor(context, Chart.class)), null);
        writer.startElement("canvas", null);
        writer.writeAttribute("id", id + "_canvas", null);
        writer.writeAttribute("role", "img", null);
        writer.writeAttribute("aria-label", chart.getAriaLabel(), null);
        if (chart.getCanvasStyle() != null) {
            writer.writeAttribute("style", chart.getCanvasStyle(), null);
        }
        if (chart.getCanvasStyleClass() != null) {
            writer.writeAttribute("class", chart.getCanvasStyleClass(), null);
        }
        writer.endElement("canvas");
        writer.endElement("div");
    }
}
