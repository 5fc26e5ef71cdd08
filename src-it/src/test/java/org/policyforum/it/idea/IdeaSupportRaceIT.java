package org.policyforum.it.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policyforum.it.idea.IdeaScenario.CITIZEN;
import static org.policyforum.it.idea.IdeaScenario.number;
import static org.policyforum.it.idea.IdeaScenario.preload;
import static org.policyforum.it.idea.IdeaScenario.propose;
import static org.policyforum.it.idea.IdeaScenario.supporters;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaSetup;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;

/**
 * One support per member and exactly one obligation per crossed tier, with the supports arriving together: the
 * database (the idea's row lock and the unique keys), not the order of calls, decides.
 */
@ExactlyOnce
@ExtendWith(ArquillianExtension.class)
class IdeaSupportRaceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(IdeaSupportRaceIT.class, IdeaScenario.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports supports;

    @Inject
    SignUps signUps;

    @Inject
    IdeaSetup setup;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void seoulsTiers() throws Exception {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        IdeaScenario.defaultTiers(setup, operator);
    }

    /** 25 supports in, 50 members support at once: the 50-support tier is crossed by one of them, once. */
    @Test
    void fiftyParallelSupportsAroundTheThresholdMakeExactlyOneObligation() throws Exception {
        long author = Fixtures.citizen(signUps, 1980);
        long idea = propose(ideas, author, "공원 음수대 설치 " + Fixtures.unique());
        List<Long> crowd = supporters(75);
        preload(idea, crowd.subList(0, 25));
        List<Long> surge = crowd.subList(25, 75);
        List<String> outcomes = Parallel.outcomes(
                executor,
                50,
                i -> () -> Identities.as(
                        surge.get(i),
                        CITIZEN,
                        () -> "crossed " + supports.support(idea).tiersCrossed()));
        assertEquals(49, Collections.frequency(outcomes, "crossed 0"), outcomes::toString);
        assertEquals(1, Collections.frequency(outcomes, "crossed 1"), outcomes::toString);
        assertEquals(75, number("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", idea));
        assertEquals(75, number("SELECT support_count FROM idea WHERE id = ?", idea));
        assertEquals(1, number("SELECT COUNT(*) FROM answer_obligation WHERE idea_id = ?", idea));
        assertEquals(50, number("SELECT tier_supports FROM answer_obligation WHERE idea_id = ?", idea));
    }

    /** One member's twenty supports at once count once; the others are told it is already counted. */
    @Test
    void oneMembersParallelSupportsCountOnce() throws Exception {
        long author = Fixtures.citizen(signUps, 1980);
        long idea = propose(ideas, author, "도서관 야간 개방 " + Fixtures.unique());
        long member = supporters(1).get(0);
        List<String> outcomes = Parallel.outcomes(
                executor,
                20,
                () -> Identities.as(
                        member,
                        CITIZEN,
                        () -> "counted " + supports.support(idea).supports()));
        assertEquals(1, Collections.frequency(outcomes, "counted 1"), outcomes::toString);
        assertEquals(19, Collections.frequency(outcomes, "idea.support.duplicate"), outcomes::toString);
        assertEquals(1, number("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", idea));
        assertEquals(1, number("SELECT support_count FROM idea WHERE id = ?", idea));
    }
}
