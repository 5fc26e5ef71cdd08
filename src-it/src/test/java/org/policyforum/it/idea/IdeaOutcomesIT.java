package org.policyforum.it.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.idea.IdeaScenario.CITIZEN;
import static org.policyforum.it.idea.IdeaScenario.MODERATOR;
import static org.policyforum.it.idea.IdeaScenario.OFFICIAL;
import static org.policyforum.it.idea.IdeaScenario.OPERATOR;
import static org.policyforum.it.idea.IdeaScenario.number;
import static org.policyforum.it.idea.IdeaScenario.propose;
import static org.policyforum.it.idea.IdeaScenario.update;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaAnswers;
import org.policyforum.idea.boundary.IdeaSetup;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.IdeaTriage;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaAnswer.Verdict;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.newsletter.boundary.OutcomeMailTimer;
import org.policyforum.outcome.boundary.EntryForm;
import org.policyforum.outcome.boundary.OutcomeAdministration;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.OutcomeForm;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.xml.sax.InputSource;

/**
 * Ideas on the outcome tracker, through the boundaries: an accepted or answered idea of a bureau may carry an outcome
 * (its officials write it, another bureau's are refused), a submitted one may not; the tracker finds it by kind; its
 * author and supporters see it among "what became of my voice" and are told of it by mail if they consent.
 */
@ExtendWith(ArquillianExtension.class)
class IdeaOutcomesIT {

    private static final URI SERVER =
            URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(IdeaOutcomesIT.class, IdeaScenario.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports supports;

    @Inject
    IdeaTriage triage;

    @Inject
    IdeaAnswers answers;

    @Inject
    IdeaSetup setup;

    @Inject
    OutcomeAdministration administration;

    @Inject
    Outcomes outcomes;

    @Inject
    OutcomeMailTimer mailTimer;

    @Inject
    Settings settings;

    @Inject
    AuditLog auditLog;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    long author;
    long supporter;
    long operator;

    @BeforeEach
    void people() throws Exception {
        author = Fixtures.citizen(signUps, 1985);
        supporter = Fixtures.citizen(signUps, 1990);
        operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        IdeaScenario.defaultTiers(setup, operator);
    }

    private long bureau() throws Exception {
        return IdeaScenario.bureau(bureaus, operator);
    }

    private long official(long bureau) {
        return IdeaScenario.official(signUps, bureau);
    }

    /** An idea proposed by the author, supported by the supporter, owned by the bureau (triage). */
    private long ideaOf(long bureau, String title) throws Exception {
        long id = propose(ideas, author, title);
        Identities.run(supporter, CITIZEN, () -> supports.support(id));
        Identities.run(operator, MODERATOR, () -> triage.assign(id, bureau, 1L));
        return id;
    }

    private static OutcomeForm form(OutcomeStatus status, String summary) {
        OutcomeForm form = new OutcomeForm();
        form.setStatus(status);
        form.setSummary(summary);
        form.setProgress(0);
        return form;
    }

    private static EntryForm entry(LocalDate date, String body) {
        EntryForm form = new EntryForm();
        form.setDate(date);
        form.setBody(body);
        return form;
    }

    private static String refusal(Identities.ThrowingRunnable attempt, long member, Set<String> roles) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, roles, attempt))
                .messageKey();
    }

    @Test
    void anAcceptedIdeaGetsItsOutcomeFromItsOwnBureauOnlyAndTheTrackerFindsItAsAnIdea() throws Exception {
        String mark = "제안결과" + Fixtures.unique();
        long bureau = bureau();
        long official = official(bureau);
        long stranger = official(bureau());
        long id = ideaOf(bureau, mark + " 자전거 보관소");

        // neither accepted nor answered: no outcome yet, not even by an operator for a merely submitted idea
        long submitted = propose(ideas, author, mark + " 제출만");
        assertEquals(
                "outcome.source.notEligible",
                refusal(() -> administration.record(SourceKind.IDEA, submitted, form(null, "검토")), operator, OPERATOR));
        assertEquals(
                "outcome.source.notEligible",
                refusal(() -> administration.record(SourceKind.IDEA, id, form(null, "검토")), official, OFFICIAL));
        assertFalse(Identities.as(official, OFFICIAL, () -> administration.candidates(SourceKind.IDEA)).stream()
                .anyMatch(s -> s.id() == id));

        Identities.run(official, OFFICIAL, () -> answers.answer(id, Verdict.ACCEPTED, "<p>설치합니다</p>", null));
        assertTrue(
                Identities.as(official, OFFICIAL, () -> administration.candidates(SourceKind.IDEA)).stream()
                        .anyMatch(s -> s.id() == id && s.link().equals("ideas/" + id)),
                "the accepted idea of the bureau is a candidate");
        assertFalse(
                Identities.as(stranger, OFFICIAL, () -> administration.candidates(SourceKind.IDEA)).stream()
                        .anyMatch(s -> s.id() == id),
                "not for another bureau");
        long auditBefore = Identities.as(operator, OPERATOR, () -> auditLog.count("outcome."));
        assertEquals(
                "outcome.otherBureau",
                refusal(() -> administration.record(SourceKind.IDEA, id, form(null, "가로채기")), stranger, OFFICIAL));
        assertEquals(auditBefore, Identities.as(operator, OPERATOR, () -> auditLog.count("outcome.")));
        assertTrue(outcomes.ofSource(SourceKind.IDEA, id).isEmpty(), "nothing stored");

        PolicyOutcome recorded = Identities.as(official, OFFICIAL, () -> {
            PolicyOutcome o = administration.record(SourceKind.IDEA, id, form(OutcomeStatus.REFLECTED, mark + " 반영"));
            administration.addEntry(o.getId(), entry(LocalDate.now(SEOUL), "예산을 편성했습니다"));
            return o;
        });
        assertEquals(bureau, recorded.getBureau().getId(), "the idea's bureau answers for it");
        Outcomes.OutcomeView view = outcomes.ofSource(SourceKind.IDEA, id).orElseThrow();
        assertEquals("ideas/" + id, view.outcome().getSourceLink());
        assertEquals(Year.now(SEOUL).getValue(), view.outcome().getSourceYear());
        assertEquals(1, outcomes.trackerSize(new OutcomeFilter(null, null, null, SourceKind.IDEA, mark)));
        assertEquals(0, outcomes.trackerSize(new OutcomeFilter(null, null, null, SourceKind.TOPIC, mark)));
        assertEquals(
                id,
                outcomes.tracker(new OutcomeFilter(null, bureau, null, SourceKind.IDEA, null), 0, 10)
                        .get(0)
                        .getSourceId());

        // the outcomes' feed announces it, newest change first, with its status and latest step (ROME parses it)
        String atom = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(SERVER.resolve("/api/feeds/outcomes.atom"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        SyndEntry announced = new SyndFeedInput()
                .build(new InputSource(new StringReader(atom))).getEntries().stream()
                        .filter(e -> e.getLink().endsWith("/outcomes/" + recorded.getId()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the outcome is in its feed: " + atom));
        assertTrue(announced.getTitle().endsWith(" — 반영"), announced.getTitle());
        assertTrue(announced.getDescription().getValue().endsWith(": 예산을 편성했습니다"), atom);

        // "what became of my voice": the supporter and the author see the idea with its outcome and latest step
        for (long member : List.of(supporter, author)) {
            Outcomes.Voice voice = Identities.as(member, CITIZEN, () -> outcomes.myVoice()).stream()
                    .filter(v ->
                            v.source().kind() == SourceKind.IDEA && v.source().id() == id)
                    .findFirst()
                    .orElseThrow();
            assertEquals(OutcomeStatus.REFLECTED, voice.outcome().getStatus());
            assertEquals("예산을 편성했습니다", voice.outcome().getLatestText());
        }
    }

    @Test
    void anAnsweredIdeaStillUnderReviewMayCarryAnOutcomeAndMyVoiceListsThoseWithoutOne() throws Exception {
        long bureau = bureau();
        long official = official(bureau);
        long answered = ideaOf(bureau, "답변된 제안 " + Fixtures.unique());
        long waiting = ideaOf(bureau, "기다리는 제안 " + Fixtures.unique());
        Identities.run(
                official, OFFICIAL, () -> answers.answer(answered, Verdict.REVIEWING, "<p>검토 중입니다</p>", "예산 협의"));
        long outcome = Identities.as(official, OFFICIAL, () -> administration
                .record(SourceKind.IDEA, answered, form(null, "검토 중"))
                .getId());
        assertEquals(
                OutcomeStatus.REVIEWING,
                outcomes.outcome(outcome).orElseThrow().outcome().getStatus());
        assertEquals(
                "outcome.source.notEligible",
                refusal(() -> administration.record(SourceKind.IDEA, waiting, form(null, "아직")), official, OFFICIAL));
        List<Outcomes.Voice> voices = Identities.as(supporter, CITIZEN, () -> outcomes.myVoice());
        assertTrue(voices.stream().anyMatch(v -> v.source().id() == answered && v.outcome() != null));
        Outcomes.Voice none = voices.stream()
                .filter(v -> v.source().kind() == SourceKind.IDEA && v.source().id() == waiting)
                .findFirst()
                .orElseThrow();
        assertNull(none.outcome(), "no outcome yet");
    }

    /** The author, supporters and followers are told of the outcome by mail, only those who consent. */
    @Test
    void theIdeasSupportersAreToldOfItsOutcomeByMailWithTheirConsentOnly() throws Exception {
        long bureau = bureau();
        long official = official(bureau);
        long refuser = Fixtures.citizen(signUps, 1992);
        long follower = Fixtures.citizen(signUps, 1993);
        long id = ideaOf(bureau, "가로등 교체 " + Fixtures.unique());
        Identities.run(refuser, CITIZEN, () -> supports.support(id));
        Identities.run(follower, CITIZEN, () -> ideas.follow(id));
        for (long member : List.of(author, supporter, refuser, follower)) {
            update("UPDATE member SET email_confirmed = TRUE WHERE id = ?", member);
        }
        update("UPDATE member SET outcome_news = FALSE WHERE id = ?", refuser);
        Identities.run(official, OFFICIAL, () -> answers.answer(id, Verdict.ACCEPTED, "<p>교체합니다</p>", null));
        long outcome = Identities.as(official, OFFICIAL, () -> administration
                .record(SourceKind.IDEA, id, form(OutcomeStatus.REFLECTED, "내년에 교체합니다"))
                .getId());
        Identities.run(operator, OPERATOR, () -> mailTimer.fireNow());

        for (long member : List.of(author, supporter, follower)) {
            assertEquals(
                    1,
                    number("SELECT COUNT(*) FROM outcome_mail WHERE member_id = ?", member),
                    () -> "told: " + member);
        }
        assertEquals(0, number("SELECT COUNT(*) FROM outcome_mail WHERE member_id = ?", refuser));
        String email = IdeaScenario.text("SELECT email FROM member WHERE id = ?", supporter);
        // the supporter's other mails (the sign-up's confirmation, the idea's answer) may come before or after it
        MailCatcher.ReceivedMail mail = MailCatcher.awaitMessageTo(
                email, m -> m.body().contains("/outcomes/" + outcome), MailCatcher.DEFAULT_TIMEOUT);
        assertTrue(mail.body().contains("시민 제안"), mail.body());
        assertTrue(mail.listUnsubscribe().get(0).contains("list=outcome&token="), mail.listUnsubscribe()::toString);
    }

    @Test
    void theTimelinesDaysAheadAreAnOperatorsSettingWithin0To365AndAudited() throws Exception {
        long bureau = bureau();
        long official = official(bureau);
        long id = ideaOf(bureau, "미래 일정 " + Fixtures.unique());
        Identities.run(official, OFFICIAL, () -> answers.answer(id, Verdict.ACCEPTED, "<p>합니다</p>", null));
        long outcome = Identities.as(official, OFFICIAL, () -> administration
                .record(SourceKind.IDEA, id, form(null, "일정"))
                .getId());
        int before = settings.current().getOutcomeMaxFutureDays();
        try {
            for (int wrong : new int[] {-1, 366}) {
                RuleViolation no = assertThrows(
                        RuleViolation.class,
                        () -> Identities.as(operator, OPERATOR, () -> settings.changeOutcomeRules(wrong)));
                assertEquals(
                        "outcomeMaxFutureDays:settings.outcomeMaxFutureDays.invalid",
                        no.field() + ":" + no.messageKey());
            }
            assertEquals(before, settings.current().getOutcomeMaxFutureDays());
            assertThrows(
                    Exception.class,
                    () -> Identities.as(official, OFFICIAL, () -> settings.changeOutcomeRules(5)),
                    "operators only");
            long audited = Identities.as(operator, OPERATOR, () -> auditLog.count("settings.outcomeRules"));
            Identities.as(operator, OPERATOR, () -> settings.changeOutcomeRules(365));
            assertEquals(365, settings.current().getOutcomeMaxFutureDays());
            assertEquals(audited + 1, Identities.as(operator, OPERATOR, () -> auditLog.count("settings.outcomeRules")));
            LocalDate today = LocalDate.now(SEOUL);
            Identities.as(official, OFFICIAL, () -> administration.addEntry(outcome, entry(today.plusDays(365), "완공")));
            assertEquals(
                    "outcome.entry.date.future",
                    refusal(
                            () -> administration.addEntry(outcome, entry(today.plusDays(366), "너무 먼 미래")),
                            official,
                            OFFICIAL));
            Identities.as(operator, OPERATOR, () -> settings.changeOutcomeRules(0));
            assertEquals(0, settings.current().getOutcomeMaxFutureDays());
        } finally {
            Identities.as(operator, OPERATOR, () -> settings.changeOutcomeRules(before));
        }
    }
}
