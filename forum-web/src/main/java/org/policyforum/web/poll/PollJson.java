package org.policyforum.web.poll;

import static org.policyforum.web.platform.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.policyforum.poll.boundary.Polls;

/**
 * Poll results as JSON: the same shape for the public API, the live feed and the page's first chart, so the script
 * that applies a live update reads what the page was rendered from.
 */
public final class PollJson {

    /** The longest line of a chart's label, in characters: a phone's chart has about a third of 360 px for them. */
    static final int LABEL_LINE = 12;

    private PollJson() {}

    public static String results(Polls.Results results) {
        JsonArrayBuilder options = JSON.createArrayBuilder();
        for (Polls.OptionResult option : results.options()) {
            JsonObjectBuilder o =
                    JSON.createObjectBuilder().add("id", option.id()).add("label", option.label());
            if (option.count() != null) {
                o.add("count", option.count()).add("percent", option.percent());
            }
            options.add(o);
        }
        return JSON.createObjectBuilder()
                .add("pollId", results.pollId())
                .add("phase", results.phase().name())
                .add("ballots", results.ballots())
                .add("visible", results.visible())
                .add("countedAt", results.countedAt().toString())
                .add("options", options)
                .build()
                .toString();
    }

    /** A Chart.js horizontal bar chart of the counts, for p:chart; no animation, so a live update does not jump. */
    public static String barChart(Polls.Results results, String datasetLabel) {
        List<Polls.OptionResult> options = results.options();
        return barChart(
                options.stream().map(Polls.OptionResult::label).toList(),
                options.stream().map(o -> o.count() == null ? 0L : o.count()).toList(),
                datasetLabel);
    }

    /** The same chart for any labelled counts (a survey question's answers). */
    public static String barChart(List<String> labelTexts, List<Long> counts, String datasetLabel) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        labelTexts.forEach(label -> labels.add(lines(label)));
        counts.forEach(data::add);
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createObjectBuilder()
                                                        .add("label", datasetLabel)
                                                        .add("data", data)
                                                        .add("backgroundColor", "#1d4ed8"))))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JSON.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    /**
     * A label as lines of at most {@link #LABEL_LINE} characters, broken between words (Chart.js shows an array as
     * lines and cuts one long line off at the chart's edge). A longer word keeps a line to itself.
     */
    static JsonArray lines(String label) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        return lines.add(line.toString()).build();
    }
}
