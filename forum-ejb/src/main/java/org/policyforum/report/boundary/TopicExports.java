package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import org.policyforum.discussion.boundary.DiscussionRecords;
import org.policyforum.discussion.boundary.DiscussionRecords.Kind;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;

/**
 * Exports of a topic's opinions and comments (CSV, XLSX) for the officials of its bureau and operators. The rows are
 * streamed: read a page of opinions (with their comments) at a time and handed to the caller's writer, so a topic of
 * any size costs the same memory. No email, birth year or district is in a row; names are masked per the setting.
 * Every export is audited with who, the topic, the format and the number of rows.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class TopicExports {

    static final int PAGE = 200;

    public enum Format {
        CSV,
        XLSX
    }

    /** Where the rows go: the web tier's CSV or XLSX writer. */
    @FunctionalInterface
    public interface Sink {
        void write(Row row) throws IOException;
    }

    @Inject
    TopicAdministration topics;

    @Inject
    DiscussionRecords discussion;

    @Inject
    Audit audit;

    /** The topic's month, for the download's name; refuses (not found) a topic of another bureau. */
    public YearMonth monthOf(long topicId) {
        return topics.find(topicId).getMonth();
    }

    /** Writes every opinion of the topic, each followed by its comments, to {@code sink}; returns the row count. */
    public long export(long topicId, Format format, Sink sink) {
        if (format == null || sink == null) {
            throw RuleViolation.of("notFound");
        }
        topics.find(topicId);
        long rows = 0;
        long after = 0;
        List<Row> page;
        do {
            page = discussion.page(topicId, after, PAGE);
            for (Row row : page) {
                try {
                    sink.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows++;
                if (row.kind() == Kind.OPINION) {
                    after = row.id();
                }
            }
        } while (!page.isEmpty());
        audit.record(
                "report.export." + format.name().toLowerCase(),
                "topic:" + topicId,
                format.name() + " " + rows + " rows");
        return rows;
    }
}
