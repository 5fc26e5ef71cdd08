package org.policyforum.award.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * The people and topics of a round for the entity tests: two bureaus, an official of each, an operator, citizens,
 * and a round voting in the first week of December. Ids are set as the database would set them.
 */
final class AwardCast {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-08T00:00:00Z");
    static final Instant CREATED = OPENS.minusSeconds(3600);
    static final Instant NOMINATING = OPENS.minusSeconds(60);
    static final Instant VOTING = OPENS.plusSeconds(60);
    static final Instant SELECTING = CLOSES.plusSeconds(60);
    static final YearMonth MONTH = YearMonth.of(2026, 11);

    final Bureau transport = withId(new Bureau("교통정책과", "Transport"), 1);
    final Bureau housing = withId(new Bureau("주택정책과", "Housing"), 2);
    final Member operator =
            withId(Member.staff("운영자", "op@example.test", "hash", Locale.KOREAN, CREATED, Role.OPERATOR), 10);
    final Member transportOfficial = official("교통 공무원", transport, 11);
    final Member housingOfficial = official("주택 공무원", housing, 12);
    final Topic transportTopic = topic(transport, 21);
    final Topic housingTopic = topic(housing, 22);
    private long nextId = 100;

    static AwardRound round(int citizens, int officials, int votes) {
        return withId(new AwardRound(Forum.MAIN, MONTH, plan(citizens, officials, votes, OPENS, CLOSES), CREATED), 5);
    }

    static RoundPlan plan(int citizens, int officials, int votes, Instant opens, Instant closes) {
        return new RoundPlan(citizens, officials, votes, true, opens, closes);
    }

    Member citizen(String name) {
        Member member =
                new Member(name, name.hashCode() + "@example.test", "hash", null, 1985, true, Locale.KOREAN, CREATED);
        member.verifyIdentity("person-" + name, "development", CREATED);
        return withId(member, nextId++);
    }

    Opinion opinion(Topic topic, Member author) {
        return withId(new Opinion(topic, author, Stance.PRO, "의견 본문", CREATED), nextId++);
    }

    /** An opinion of the transport topic, added by the transport official during nomination. */
    Nominee nominee(Shortlist shortlist, Member author) {
        return nominee(shortlist, opinion(transportTopic, author));
    }

    Nominee nominee(Shortlist shortlist, Opinion opinion) {
        Nominee nominee = shortlist.nominate(opinion, 2, 1, operator, "좋은 의견", NOMINATING);
        return withId(nominee, nextId++);
    }

    static Selection selection(AwardRound round, List<Nominee> nominees, List<Nominee> winners, List<Award> picks) {
        return new Selection(round, nominees, Map.of(), winners, picks);
    }

    private Member official(String name, Bureau bureau, long id) {
        Member member = Member.staff(name, id + "@example.test", "hash", Locale.KOREAN, CREATED, Role.OFFICIAL);
        member.assignBureau(bureau);
        return withId(member, id);
    }

    private static Topic topic(Bureau bureau, long id) {
        return withId(
                new Topic(
                        Forum.MAIN,
                        MONTH,
                        "이달의 주제",
                        "요약",
                        "<p>배경</p>",
                        bureau,
                        CREATED,
                        CREATED.plusSeconds(86400),
                        CREATED),
                id);
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
