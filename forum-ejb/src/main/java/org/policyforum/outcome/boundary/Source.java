package org.policyforum.outcome.boundary;

import java.io.Serializable;
import org.policyforum.outcome.entity.SourceKind;

/**
 * What an outcome is the outcome of (a topic or an idea), as the tracker names and links it; {@code eligible} says
 * whether it may carry an outcome now. The source's own feature answers it through {@code OutcomeSource}.
 */
public record Source(SourceKind kind, long id, String title, Long bureauId, boolean eligible, String link, int year)
        implements Serializable {}
