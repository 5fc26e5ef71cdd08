package org.policyforum.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Poll;
import org.policyforum.topic.control.HtmlSanitiser;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * Fills an empty forum with a living month: bureaus, verified members, this month's topic with two experts' briefs
 * and citizens' opinions, and a Youth Forum topic. Runs only with FORUM_DEMO=true, never in production, and only
 * when the database has no topic yet, so it can be left switched on.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    static final String PASSWORD = "demo-password-2026";
    static final String DOMAIN = "@demo.policy-forum.kr";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    ForumEnvironment environment;

    @Inject
    Passwords passwords;

    @Inject
    PersonKeys personKeys;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @PostConstruct
    void loadIfAsked() {
        if (!environment.isDemo()) {
            return;
        }
        if (environment.isProduction()) {
            LOG.warning("FORUM_DEMO is ignored in production");
            return;
        }
        if (em.createQuery("SELECT COUNT(t) FROM Topic t", Long.class).getSingleResult() > 0) {
            LOG.info("Demo content: the database already has topics; nothing loaded");
            return;
        }
        load();
    }

    private void load() {
        Instant now = clock.instant();
        String hash = passwords.hash(PASSWORD);
        Bureau transport = bureau("교통정책과", "Transport Policy Division");
        bureau("기후환경본부", "Climate and Environment Headquarters");
        Bureau youth = bureau("청년정책담당관", "Youth Policy Officer");

        Member operator = Member.staff("데모 운영자", "operator" + DOMAIN, hash, Locale.KOREAN, now, Role.OPERATOR);
        em.persist(operator);
        Member official = citizen("이정민", "official", "11140", 1982, hash, now);
        official.assignRoles(EnumSet.of(Role.CITIZEN, Role.OFFICIAL));
        official.assignBureau(transport);
        String[][] people = {
            {"김서연", "11440", "1991"}, {"박준호", "11680", "1976"}, {"최유진", "11290", "1988"},
            {"정민수", "11500", "1965"}, {"한지우", "11710", "1999"}, {"오세훈", "11200", "1983"},
            {"윤하늘", "11350", "2008"}
        };
        List<Member> citizens = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            citizens.add(citizen(
                    people[i][0], "citizen" + (i + 1), people[i][1], Integer.parseInt(people[i][2]), hash, now));
        }
        citizens.get(6).grant(Role.YOUTH_PANELIST);

        YearMonth month = YearMonth.now(settings.organisationClock());
        Topic bus = new Topic(
                Forum.MAIN,
                month,
                "심야 자율주행 버스, 서울 전역으로 넓혀야 할까요?",
                "시범 운행 중인 심야 자율주행 버스를 2027년까지 모든 자치구로 넓히는 안을 두고 시민 의견을 듣습니다.",
                HtmlSanitiser.sanitise(
                        """
                        <h2>배경</h2>
                        <p>서울시는 2023년 말부터 도심 일부 구간에서 심야 자율주행 버스를 시범 운행하고 있습니다.
                        자정 이후 대중교통 공백을 메우자는 요구가 큰 반면, 안전과 일자리에 대한 걱정도 있습니다.</p>
                        <h3>검토 중인 안</h3>
                        <ul><li>2027년까지 25개 자치구 심야 노선 확대</li><li>운행 시간: 23:30 ~ 05:00</li>
                        <li>안전요원 동승 유지, 요금은 일반 심야버스와 같게</li></ul>
                        <p>자세한 자료: <a href="https://news.seoul.go.kr/traffic/">서울시 교통 소식</a></p>"""),
                transport,
                now.minus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(25)),
                now);
        publish(bus, now);
        em.persist(new ExpertOpinion(
                bus,
                Stance.PRO,
                "김도현",
                "도시교통연구소 연구위원",
                "심야 이동권을 지키는 가장 현실적인 방법",
                "심야 시간대 택시 승차난은 해마다 되풀이됩니다. 시범 운행 2년 동안 중대 사고 없이 운행했고, "
                        + "운전 인력 부족 문제를 피하면서 노선을 늘릴 수 있는 수단은 자율주행뿐입니다. 단계적 확대와 공개 안전 보고를 조건으로 찬성합니다.",
                null,
                now));
        em.persist(new ExpertOpinion(
                bus,
                Stance.CON,
                "박지은",
                "한국도시대학교 도시공학과 교수",
                "안전 검증과 일자리 대책이 먼저입니다",
                "시범 구간은 도로 조건이 좋은 도심입니다. 골목이 많은 외곽 노선에서의 안전성은 검증되지 않았습니다. "
                        + "또한 기존 심야버스 운전원의 고용 대책 없이 확대하는 것은 사회적 합의를 얻기 어렵습니다. 확대 전 외곽 시범 구간부터 운영해야 합니다.",
                null,
                now));
        String[][] opinions = {
            {"PRO", "야근 후 귀가할 때 택시 잡기가 너무 어렵습니다. 외곽 지역일수록 꼭 필요합니다."},
            {"CON", "사고가 났을 때 책임 소재가 아직 분명하지 않습니다. 제도부터 정비해 주세요."},
            {"PRO", "시범 노선을 여러 번 탔는데 안전요원이 함께 있어 불안하지 않았습니다."},
            {"NEUTRAL", "확대는 좋지만 요금과 배차 간격 정보를 먼저 공개해 주면 판단에 도움이 되겠습니다."},
            {"CON", "기존 심야버스 기사님들의 일자리가 걱정됩니다. 전환 교육 계획이 있나요?"},
            {"PRO", "대중교통이 없는 시간대 여성 귀갓길 안전에도 도움이 될 것 같습니다."}
        };
        for (int i = 0; i < opinions.length; i++) {
            em.persist(new Opinion(
                    bus,
                    citizens.get(i),
                    Stance.valueOf(opinions[i][0]),
                    opinions[i][1],
                    now.minus(Duration.ofHours(60 - i * 9L))));
        }

        // the live poll beside the month's topic, open for as long as the topic
        em.persist(new Poll(
                bus.getId(),
                "심야 자율주행 버스를 언제까지 모든 자치구로 넓히는 것이 좋을까요?",
                List.of("2027년까지 모든 자치구", "외곽 시범 구간을 먼저 운영한 뒤 결정", "확대하지 않고 지금 노선 유지"),
                1,
                now.minus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(25)),
                Eligibility.ALL,
                true,
                true,
                operator.getId(),
                now));

        Topic studyCafe = new Topic(
                Forum.YOUTH,
                month,
                "학교 앞 청소년 전용 공공 스터디카페, 필요할까요?",
                "방과 후 공부할 곳이 부족하다는 의견에 따라 구립 청소년 스터디카페를 만드는 안을 청소년 패널과 토론합니다.",
                HtmlSanitiser.sanitise("<p>청소년 패널이 제안한 주제입니다. 예산은 자치구당 연 2억 원으로 예상됩니다.</p>"),
                youth,
                now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(20)),
                now);
        publish(studyCafe, now);
        em.persist(new ExpertOpinion(
                studyCafe,
                Stance.PRO,
                "서민아",
                "청소년활동진흥센터 팀장",
                "갈 곳이 있어야 배움도 있습니다",
                "유료 스터디카페 비용이 가계에 부담입니다. 공공 공간은 학습 격차를 줄입니다.",
                null,
                now));
        em.persist(new ExpertOpinion(
                studyCafe,
                Stance.CON,
                "장태오",
                "교육정책 연구자",
                "학교 도서관 개방이 먼저입니다",
                "새 시설보다 기존 학교 도서관의 저녁 개방이 비용 대비 효과가 큽니다.",
                null,
                now));
        em.persist(new Opinion(
                studyCafe,
                citizens.get(6),
                Stance.PRO,
                "시험 기간마다 자리가 없어요. 꼭 생겼으면 좋겠습니다.",
                now.minus(Duration.ofHours(5))));

        LOG.warning(() -> "\n\n    Demo content loaded. Every demo account's password is " + PASSWORD + ":\n"
                + "    operator" + DOMAIN + " (operator), official" + DOMAIN + " (official, 교통정책과),\n"
                + "    citizen1" + DOMAIN + " … citizen7" + DOMAIN + " (citizen7 is a youth panelist)\n");
    }

    private void publish(Topic topic, Instant now) {
        em.persist(topic);
        topic.schedule();
        topic.open(now);
    }

    private Bureau bureau(String ko, String en) {
        Bureau bureau = new Bureau(ko, en);
        em.persist(bureau);
        return bureau;
    }

    private Member citizen(String name, String login, String district, int birthYear, String hash, Instant now) {
        Member member = new Member(
                name, login + DOMAIN, hash, em.find(District.class, district), birthYear, true, Locale.KOREAN, now);
        member.verifyIdentity(personKeys.hash("demo:" + login), "development", now);
        member.confirmEmail(login + DOMAIN);
        em.persist(member);
        return member;
    }
}
