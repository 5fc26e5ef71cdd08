package org.policyforum.it.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.idea.boundary.IdeaComments;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaCommentReaction;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * "Download my data" (the right of access) through the member boundary: after a member has written and done something
 * in every feature, the file holds each of it, in its section, and nothing personal of the other members they
 * answered, reacted to or supported.
 */
@ExtendWith(ArquillianExtension.class)
class MyDataIT {

    private static final Set<String> CITIZEN = Set.of("CITIZEN");
    private static final List<String> SECTIONS = List.of(
            "awardNominations",
            "awardVotes",
            "awardsWon",
            "comments",
            "expertInvitations",
            "expertOpinions",
            "follows",
            "ideaCommentReactions",
            "ideaCommentRevisions",
            "ideaComments",
            "ideaFollows",
            "ideaRevisions",
            "ideaSupports",
            "ideas",
            "opinions",
            "partnerLogins",
            "pollBallots",
            "reactions",
            "reports",
            "suggestionSupports",
            "suggestions",
            "surveyResponses",
            "youthApplications");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(MyDataIT.class);
    }

    @Inject
    MyAccount myAccount;

    @Inject
    ModerationReports reports;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Inject
    Opinions opinions;

    @Inject
    Follows follows;

    @Inject
    Suggestions suggestions;

    @Inject
    PollAdministration pollAdministration;

    @Inject
    Polls polls;

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports ideaSupports;

    @Inject
    IdeaComments ideaComments;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    @Test
    void theFileHoldsEverythingTheMemberWroteAndDidAndNoOneElsesPersonalData() throws Exception {
        long operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        long alice = Fixtures.citizen(signUps, 1990);
        long bob = Fixtures.citizen(signUps, 1985);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        String first = "처음 쓴 의견 " + Fixtures.unique();
        String edited = "고쳐 쓴 의견 " + Fixtures.unique();
        String comment = "밥에게 다는 댓글 " + Fixtures.unique();
        String idea = "제안 " + Fixtures.unique();

        long bobsOpinion = Identities.as(bob, CITIZEN, () -> opinions.post(topic, Stance.CON, "밥의 의견"))
                .getId();
        long bobsSuggestion = Identities.as(bob, CITIZEN, () -> suggestions.submit(Forum.MAIN, "밥의 제안", "이유", null))
                .getId();
        long own = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, first))
                .getId();
        Identities.as(alice, CITIZEN, () -> opinions.edit(own, Stance.CON, edited));
        long commentId = Identities.as(alice, CITIZEN, () -> opinions.comment(bobsOpinion, null, comment))
                .getId();
        Identities.as(alice, CITIZEN, () -> opinions.react(TargetType.OPINION, bobsOpinion, ReactionKind.AGREE));
        Identities.as(alice, CITIZEN, () -> {
            follows.follow(topic);
            suggestions.support(bobsSuggestion);
            return null;
        });
        Identities.as(alice, CITIZEN, () -> suggestions.submit(Forum.MAIN, idea, "시민의 이유", null));
        long poll = poll(operator, topic);
        long option = polls.view(poll).orElseThrow().options().get(1).id();
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(option)));

        // the idea space: her own idea reworded, and bob's idea supported, followed, answered and agreed with
        String ideaBody = "고쳐 쓴 아이디어 " + Fixtures.unique();
        String ideaReply = "밥의 아이디어에 다는 댓글 " + Fixtures.unique();
        long bobsIdea =
                Identities.as(bob, CITIZEN, () -> ideas.propose(new Ideas.Proposal("밥의 아이디어", "밥의 아이디어 설명", 1L, null)));
        long bobsIdeaComment = Identities.as(bob, CITIZEN, () -> ideaComments.comment(bobsIdea, null, "밥의 아이디어 댓글"));
        long alicesIdea = Identities.as(
                alice, CITIZEN, () -> ideas.propose(new Ideas.Proposal("앨리스의 아이디어", "처음 쓴 아이디어", 1L, null)));
        long alicesReply = Identities.as(alice, CITIZEN, () -> {
            ideas.edit(alicesIdea, "앨리스의 아이디어", ideaBody);
            ideaSupports.support(bobsIdea);
            ideas.follow(bobsIdea);
            ideaComments.react(bobsIdeaComment, IdeaCommentReaction.Kind.AGREE);
            return ideaComments.comment(bobsIdea, bobsIdeaComment, ideaReply);
        });

        Identities.as(alice, CITIZEN, () -> reports.report(ReportTarget.OPINION, bobsOpinion, "OTHER", "광고 같습니다"));

        String file = Identities.as(alice, CITIZEN, myAccount::exportMyData);
        JsonObject json = Json.createReader(new StringReader(file)).readObject();

        assertEquals(
                SECTIONS,
                json.getJsonArray("sections").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        for (String section : SECTIONS) {
            assertTrue(json.get(section) instanceof JsonArray, section + " is an array");
        }
        JsonObject opinion = only(json, "opinions");
        assertEquals(own, opinion.getJsonNumber("id").longValue());
        assertEquals(edited, opinion.getString("body"));
        assertEquals("CON", opinion.getString("stance"));
        assertEquals(
                first,
                opinion.getJsonArray("earlierVersions").getJsonObject(0).getString("body"),
                "the text before the edit is kept, so it is in the file");
        JsonObject answer = only(json, "comments");
        assertEquals(commentId, answer.getJsonNumber("id").longValue());
        assertEquals(comment, answer.getString("body"));
        assertEquals(bobsOpinion, answer.getJsonNumber("opinionId").longValue());
        JsonObject reaction = only(json, "reactions");
        assertEquals("OPINION", reaction.getString("on"));
        assertEquals(bobsOpinion, reaction.getJsonNumber("targetId").longValue());
        assertEquals("AGREE", reaction.getString("kind"));
        assertEquals(topic, only(json, "follows").getJsonNumber("topicId").longValue());
        assertEquals(idea, only(json, "suggestions").getString("title"));
        assertEquals(
                bobsSuggestion,
                only(json, "suggestionSupports").getJsonNumber("suggestionId").longValue());
        JsonObject ballot = only(json, "pollBallots");
        assertEquals(poll, ballot.getJsonNumber("pollId").longValue());
        assertEquals(
                List.of("반대"),
                ballot.getJsonArray("choices").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(json.getJsonArray("awardVotes").isEmpty());
        JsonObject ownIdea = only(json, "ideas");
        assertEquals(alicesIdea, ownIdea.getJsonNumber("id").longValue());
        assertEquals(ideaBody, ownIdea.getString("body"));
        assertEquals("처음 쓴 아이디어", only(json, "ideaRevisions").getString("body"));
        assertEquals(
                bobsIdea, only(json, "ideaSupports").getJsonNumber("ideaId").longValue());
        assertEquals(bobsIdea, only(json, "ideaFollows").getJsonNumber("ideaId").longValue());
        JsonObject reply = only(json, "ideaComments");
        assertEquals(alicesReply, reply.getJsonNumber("id").longValue());
        assertEquals(ideaReply, reply.getString("body"));
        assertEquals(bobsIdeaComment, reply.getJsonNumber("replyTo").longValue());
        assertTrue(json.getJsonArray("ideaCommentRevisions").isEmpty());
        assertEquals("AGREE", only(json, "ideaCommentReactions").getString("kind"));
        assertFalse(file.contains("밥의 아이디어 댓글"), "nor what they wrote under their idea");
        JsonObject report = only(json, "reports");
        assertEquals("OPINION", report.getString("type"));
        assertEquals(bobsOpinion, report.getJsonNumber("id").longValue());
        assertEquals("OTHER", report.getString("reason"));
        assertEquals("기타", report.getString("reasonKo"));
        assertEquals("Other", report.getString("reasonEn"));
        assertEquals("광고 같습니다", report.getString("details"));

        String[] bobs = person(bob);
        assertFalse(file.contains(bobs[0]), "the name of the member answered is not in the file");
        assertFalse(file.contains(bobs[1]), "nor their address");
        assertFalse(file.contains("밥의 의견"), "nor what they wrote");
        // and bob's own file holds his things, none of alice's
        String bobsFile = Identities.as(bob, CITIZEN, myAccount::exportMyData);
        assertTrue(bobsFile.contains("밥의 의견") && bobsFile.contains("밥의 제안"));
        assertFalse(bobsFile.contains(edited) || bobsFile.contains(comment) || bobsFile.contains(person(alice)[0]));
    }

    private static JsonObject only(JsonObject json, String section) {
        JsonArray rows = json.getJsonArray(section);
        assertEquals(1, rows.size(), () -> section + ": " + rows);
        return rows.getJsonObject(0);
    }

    private long poll(long operator, long topic) throws Exception {
        PollForm form = new PollForm();
        form.setQuestion("내 데이터 투표 " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        form.setTopicId(topic);
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), () -> pollAdministration.create(form))
                .getId();
    }

    /** A member's real name and address, as stored. */
    private String[] person(long member) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT real_name, email FROM member WHERE id = ?")) {
            st.setLong(1, member);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }
}
