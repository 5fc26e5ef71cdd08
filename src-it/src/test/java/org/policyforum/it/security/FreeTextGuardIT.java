package org.policyforum.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.MemberAdministration;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.boundary.SignUp;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.topic.boundary.ExpertBriefs;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.boundary.YouthPanel;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The one text guard, through every boundary that takes text a person typed: text shaped like a resident
 * registration number is refused at the field and nothing is stored, over-long text is refused with its limit (never
 * cut), direction overrides are refused in names and removed from running text.
 *
 * <p>Each attempt with a resident-number shape is also left for {@code privacy.NoResidentRegistrationNumberIT}, which
 * scans every table after the suite: were one guard missing, this test would fail and so would that scan.
 */
@ExtendWith(ArquillianExtension.class)
class FreeTextGuardIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> EXPERT = Set.of("EXPERT", "CITIZEN");
    /** Shapes the guard must catch: plain, without hyphen, inside Hangul, full-width, split by an invisible space. */
    static final List<String> NUMBERS = List.of(
            "900101-1234567", "8802292345678", "주민번호는 751231-1234567입니다", "９００１０１－２２３４５６７", "000301\u200B-3234567");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(FreeTextGuardIT.class);
    }

    @Inject
    MyAccount myAccount;

    @Inject
    SignUps signUps;

    @Inject
    MemberAdministration memberAdministration;

    @Inject
    Opinions opinions;

    @Inject
    Topics topics;

    @Inject
    TopicPages topicPages;

    @Inject
    TopicAdministration administration;

    @Inject
    Bureaus bureaus;

    @Inject
    Suggestions suggestions;

    @Inject
    YouthPanel youthPanel;

    @Inject
    ExpertBriefs briefs;

    @Inject
    Settings settings;

    @Inject
    PollAdministration polls;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    long operator;
    long citizen;
    long topic;

    @BeforeEach
    void openTopic() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        citizen = Fixtures.citizen(signUps, 1990);
        topic = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
    }

    @Test
    void residentNumbersAreRefusedAtEveryFieldAMemberWrites() throws Exception {
        long opinion = Identities.as(citizen, CITIZEN, () -> opinions.post(topic, Stance.PRO, "평범한 의견"))
                .getId();
        long comment = Identities.as(citizen, CITIZEN, () -> opinions.comment(opinion, null, "평범한 댓글"))
                .getId();
        long youth = Fixtures.citizen(signUps, Year.now().getValue() - 18);
        List<Executable> attempts = new ArrayList<>();
        for (String number : NUMBERS) {
            String text = "제 정보: " + number;
            attempts.add(refused(
                    "body", () -> Identities.as(citizen, CITIZEN, () -> opinions.post(topic, Stance.CON, text))));
            attempts.add(refused(
                    "body", () -> Identities.as(citizen, CITIZEN, () -> opinions.edit(opinion, Stance.PRO, text))));
            attempts.add(refused(
                    "body", () -> Identities.as(citizen, CITIZEN, () -> opinions.comment(opinion, null, text))));
            attempts.add(refused(
                    "body", () -> Identities.as(citizen, CITIZEN, () -> opinions.comment(opinion, comment, text))));
            attempts.add(refused(
                    "title",
                    () -> Identities.as(citizen, CITIZEN, () -> suggestions.submit(Forum.MAIN, text, "이유", null))));
            attempts.add(refused(
                    "why",
                    () -> Identities.as(citizen, CITIZEN, () -> suggestions.submit(Forum.MAIN, "제목", text, null))));
            attempts.add(refused("motivation", () -> Identities.as(youth, CITIZEN, () -> youthPanel.apply(text))));
            attempts.add(refused(
                    "newEmail",
                    () -> Identities.as(citizen, CITIZEN, () -> {
                        myAccount.changeEmail(digits(number) + "@example.org", "correct-horse-7");
                        return null;
                    })));
        }
        assertAll(attempts);

        assertEquals(1, count("SELECT COUNT(*) FROM opinion WHERE topic_id = ?", topic), "nothing stored");
        assertEquals(
                "평범한 의견",
                topicPages.page(topic, 10).orElseThrow().opinions().get(0).body());
        assertEquals(0, count("SELECT COUNT(*) FROM revision WHERE target_id = ?", opinion), "not even in history");
        assertEquals(0, count("SELECT COUNT(*) FROM youth_application WHERE member_id = ?", youth));
    }

    @Test
    void aResidentNumberIsRefusedInTheNameAndTheEmailAtSignUp() {
        for (String number : NUMBERS) {
            SignUp name = form();
            name.setRealName("홍" + number.replace(" ", ""));
            name.setRealName(name.getRealName()
                    .substring(0, Math.min(60, name.getRealName().length())));
            RuleViolation inName = assertThrows(RuleViolation.class, () -> signUps.signUp(name, Locale.KOREAN));
            assertEquals("realName", inName.field(), number);
            assertEquals("input.residentNumber", inName.messageKey(), number);

            SignUp email = form();
            email.setEmail(digits(number) + "@example.org");
            RuleViolation inEmail = assertThrows(RuleViolation.class, () -> signUps.signUp(email, Locale.KOREAN));
            assertEquals("input.residentNumber", inEmail.messageKey(), number);
        }
        // ordinary numbers in a name stay fine (a foreign name with a generation number, say)
        SignUp ordinary = form();
        ordinary.setRealName("Henry 3 2026-12-02");
        assertEquals(
                "Henry 3 2026-12-02",
                signUps.signUp(ordinary, Locale.KOREAN).orElseThrow().getRealName());
    }

    @Test
    void officialsAndOperatorsAreGuardedToo() throws Exception {
        long expert = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(expert, "EXPERT");
        long invitation = Identities.as(operator, OPERATOR, () -> briefs.invite(topic, expert, Stance.PRO))
                .getId();
        long suggestion = Identities.as(citizen, CITIZEN, () -> suggestions.submit(Forum.MAIN, "평범한 제안", "이유", null))
                .getId();
        long bureau = Identities.as(operator, OPERATOR, () -> bureaus.create("안전부서-" + Fixtures.unique(), null))
                .getId();
        long closed = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
        Identities.as(operator, OPERATOR, () -> administration.close(closed));
        List<Executable> attempts = new ArrayList<>();
        for (String number : NUMBERS) {
            String text = "참고: " + number;
            attempts.add(refused(
                    "answer",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.markAnswered(
                                    closed, text, java.time.LocalDate.now(ZoneId.of("Asia/Seoul"))))));
            attempts.add(refused(
                    "title",
                    () -> Identities.as(operator, OPERATOR, () -> administration.draft(topicForm(text, "요약", null)))));
            attempts.add(refused(
                    "summary",
                    () -> Identities.as(operator, OPERATOR, () -> administration.draft(topicForm("제목", text, null)))));
            attempts.add(refused(
                    "background",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.draft(
                                    topicForm("제목", "요약", "<p>" + text.replace("-", "<b>-</b>") + "</p>")))));
            attempts.add(refused(
                    "expertName",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.addBrief(topic, Stance.CON, "김 " + number, null, "제목", "본문"))));
            attempts.add(refused(
                    "affiliation",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.addBrief(topic, Stance.CON, "김박사", text, "제목", "본문"))));
            attempts.add(refused(
                    "title",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.addBrief(topic, Stance.CON, "김박사", null, text, "본문"))));
            attempts.add(refused(
                    "body",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> administration.addBrief(topic, Stance.CON, "김박사", null, "제목", text))));
            attempts.add(refused(
                    "body", () -> Identities.as(expert, EXPERT, () -> briefs.write(invitation, null, "제목", text))));
            attempts.add(refused(
                    "affiliation",
                    () -> Identities.as(expert, EXPERT, () -> briefs.write(invitation, text, "제목", "본문"))));
            attempts.add(refused(
                    "reason",
                    () -> Identities.as(operator, OPERATOR, () -> {
                        suggestions.decline(suggestion, text);
                        return null;
                    })));
            attempts.add(refused(
                    "nameKo",
                    () -> Identities.as(
                            operator, OPERATOR, () -> bureaus.create("부서" + number.replace(" ", ""), null))));
            attempts.add(refused(
                    "nameEn",
                    () -> Identities.as(
                            operator,
                            OPERATOR,
                            () -> bureaus.rename(bureau, "안전부서-" + Fixtures.unique(), "Bureau " + number))));
            attempts.add(refused(
                    "nameKo",
                    () -> Identities.as(
                            operator, OPERATOR, () -> settings.change("시청 " + number, null, "Asia/Seoul", false))));
            attempts.add(refused(
                    "question", () -> Identities.as(operator, OPERATOR, () -> polls.create(pollForm(text, "예")))));
            attempts.add(refused(
                    "options", () -> Identities.as(operator, OPERATOR, () -> polls.create(pollForm("질문", text)))));
        }
        assertAll(attempts);
        assertEquals(0, count("SELECT COUNT(*) FROM expert_opinion WHERE topic_id = ?", topic), "nothing stored");
        assertEquals(
                1, count("SELECT COUNT(*) FROM topic_suggestion WHERE id = ? AND decision_reason IS NULL", suggestion));
    }

    @Test
    void searchWordsShapedLikeAResidentNumberFindNothing() throws Exception {
        long past = Fixtures.openTopic(administration, bureaus, operator, Forum.MAIN);
        String title = Identities.as(operator, OPERATOR, () -> administration.close(past))
                .getTitle();
        assertTrue(topics.archiveSize(Forum.MAIN, title, null) >= 1, "an ordinary search finds the past topic");
        for (String number : NUMBERS) {
            assertEquals(0, topics.archiveSize(Forum.MAIN, number, null), number);
            assertEquals(0, topics.archive(Forum.MAIN, number, null, 0, 10).size(), number);
            assertEquals(0, Identities.as(operator, OPERATOR, () -> memberAdministration.count(number)), number);
        }
    }

    @Test
    void overLongTextIsRefusedWithItsLimitNeverCut() throws Exception {
        long opinion = Identities.as(citizen, CITIZEN, () -> opinions.post(topic, Stance.PRO, "짧은 의견"))
                .getId();
        RuleViolation opinionRefusal = assertThrows(
                RuleViolation.class,
                () -> Identities.as(citizen, CITIZEN, () -> opinions.post(topic, Stance.CON, "가".repeat(20_000))));
        assertEquals("opinion.body.tooLong", opinionRefusal.messageKey());
        assertEquals(List.of(10_000, 20_000), List.of(opinionRefusal.arguments()));
        RuleViolation commentRefusal = assertThrows(
                RuleViolation.class,
                () -> Identities.as(citizen, CITIZEN, () -> opinions.comment(opinion, null, "나".repeat(3_001))));
        assertEquals("comment.body.tooLong", commentRefusal.messageKey());
        RuleViolation suggestionRefusal = assertThrows(
                RuleViolation.class,
                () -> Identities.as(
                        citizen, CITIZEN, () -> suggestions.submit(Forum.MAIN, "제목", "다".repeat(3_001), null)));
        assertEquals("suggestion.why.tooLong", suggestionRefusal.messageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM opinion WHERE topic_id = ?", topic), "nothing stored, nothing cut");

        String exactly = "라".repeat(10_000);
        long full = Identities.as(citizen, CITIZEN, () -> opinions.post(topic, Stance.CON, exactly))
                .getId();
        assertEquals(10_000, count("SELECT LENGTH(body) FROM opinion WHERE id = ?", full), "the limit itself fits");
    }

    @Test
    void directionOverridesAreRefusedInNamesAndRemovedFromText() throws Exception {
        SignUp spoofed = form();
        spoofed.setRealName("홍길\u202E동");
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> signUps.signUp(spoofed, Locale.KOREAN));
        assertEquals("realName", refusal.field());
        assertEquals("input.name.invisible", refusal.messageKey());
        RuleViolation bureau = assertThrows(
                RuleViolation.class,
                () -> Identities.as(operator, OPERATOR, () -> bureaus.create("\u2067부서" + Fixtures.unique(), null)));
        assertEquals("input.name.invisible", bureau.messageKey());

        long opinion = Identities.as(
                        citizen, CITIZEN, () -> opinions.post(topic, Stance.PRO, "파일 \u202Egpj.exe\u202C 을 여세요\u200B"))
                .getId();
        assertEquals(
                "파일 gpj.exe 을 여세요",
                topicPages.page(topic, 10).orElseThrow().opinions().stream()
                        .filter(o -> o.id() == opinion)
                        .findFirst()
                        .orElseThrow()
                        .body());
    }

    /** An attempt that must be refused with {@code input.residentNumber} at {@code field}. */
    private static Executable refused(String field, Callable<?> attempt) {
        return () -> {
            RuleViolation refusal = assertThrows(RuleViolation.class, attempt::call, field);
            assertEquals("input.residentNumber", refusal.messageKey(), () -> field + ": " + refusal);
            assertEquals(field, refusal.field(), () -> refusal.toString());
        };
    }

    private static String digits(String number) {
        return Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }

    private static SignUp form() {
        String id = Fixtures.unique();
        SignUp form = new SignUp();
        form.setRealName("시민" + id);
        form.setEmail("g-" + id + "@example.org");
        form.setPassword("correct-horse-7");
        form.setDistrictCode("11440");
        form.setBirthYear(1985);
        form.setTermsAccepted(true);
        form.setVerificationEvidence("GUARD-" + id);
        return form;
    }

    private static TopicForm topicForm(String title, String summary, String background) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        TopicForm form = new TopicForm();
        form.setForum(Forum.MAIN);
        form.setTitle(title);
        form.setSummary(summary);
        form.setBackground(background);
        form.setOpensAt(now.plusDays(1));
        form.setClosesAt(now.plusDays(10));
        return form;
    }

    private static PollForm pollForm(String question, String option) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        PollForm form = new PollForm();
        form.setQuestion(question);
        form.getOptions().set(0, option);
        form.getOptions().set(1, "아니오");
        form.setOpensAt(now.plusDays(1));
        form.setClosesAt(now.plusDays(2));
        return form;
    }

    private long count(String sql, Object... values) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
