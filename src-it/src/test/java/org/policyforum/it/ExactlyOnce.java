package org.policyforum.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a one-per-person or exactly-once test (parallel ballots, reactions, award votes, the digest, the campaign's
 * crash and timer). These run in a Failsafe execution of their own that never runs a failing test a second time: a
 * race that is lost one time in two is a defect, not a flake.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(ExactlyOnce.TAG)
public @interface ExactlyOnce {

    /** The JUnit tag, as the {@code exactly-once} execution in {@code src-it/pom.xml} selects it. */
    String TAG = "exactly-once";
}
