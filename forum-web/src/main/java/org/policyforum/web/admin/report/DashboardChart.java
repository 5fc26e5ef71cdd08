package org.policyforum.web.admin.report;

import static org.policyforum.web.platform.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A Chart.js line chart (for p:chart) of several series over the same labels, one line each; no animation. The
 * page shows the same figures as a table beside it, so the chart carries no figure the table does not.
 */
final class DashboardChart {

    /** One line: its label, colour and how to read its value from a row. */
    record Series<T>(String label, String colour, ToLongFunction<T> value) {}

    private DashboardChart() {}

    @SafeVarargs
    static <T> String lines(List<T> rows, List<String> labels, Series<T>... series) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series<T> s : series) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            rows.forEach(row -> data.add(s.value().applyAsLong(row)));
            datasets.add(JSON.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("borderColor", s.colour())
                    .add("backgroundColor", s.colour())
                    .add("tension", 0));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
