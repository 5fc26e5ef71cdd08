package org.policyforum.report.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A member's one response to a survey (a unique key on survey and member) with its answer rows; the member may change
 * it while the survey is open. Counts are taken over the answer rows; nothing else is written when one arrives.
 */
@Entity
@Table(name = "survey_response")
@NamedQuery(
        name = SurveyResponse.OF_MEMBER,
        query = "SELECT r FROM SurveyResponse r WHERE r.surveyId = :survey AND r.memberId = :member")
@NamedQuery(
        name = SurveyResponse.ANSWERED_BY,
        query = "SELECT r.surveyId FROM SurveyResponse r WHERE r.memberId = :member AND r.surveyId IN :surveys")
@NamedQuery(name = SurveyResponse.COUNT, query = "SELECT COUNT(r) FROM SurveyResponse r WHERE r.surveyId = :survey")
@NamedQuery(
        name = SurveyResponse.MARKS,
        query = "SELECT a.question, a.mark, COUNT(r) FROM SurveyResponse r JOIN r.answers a"
                + " WHERE r.surveyId = :survey AND a.mark IS NOT NULL GROUP BY a.question, a.mark")
@NamedQuery(
        name = SurveyResponse.TEXTS,
        query = "SELECT a.question, a.text FROM SurveyResponse r JOIN r.answers a"
                + " WHERE r.surveyId = :survey AND a.text IS NOT NULL ORDER BY a.question, r.submittedAt, r.id")
@NamedQuery(
        name = SurveyResponse.BY_BIRTH_YEAR,
        query = "SELECT a.question, a.mark, m.birthYear, COUNT(r) FROM SurveyResponse r JOIN r.answers a, ForumMember m"
                + " WHERE m.id = r.memberId AND r.surveyId = :survey AND a.mark IS NOT NULL"
                + " GROUP BY a.question, a.mark, m.birthYear")
@NamedQuery(
        name = SurveyResponse.BY_DISTRICT,
        query = "SELECT a.question, a.mark, m.district.code, COUNT(r) FROM SurveyResponse r JOIN r.answers a,"
                + " ForumMember m WHERE m.id = r.memberId AND r.surveyId = :survey AND a.mark IS NOT NULL"
                + " GROUP BY a.question, a.mark, m.district.code")
public class SurveyResponse {

    public static final String OF_MEMBER = "SurveyResponse.ofMember";
    public static final String ANSWERED_BY = "SurveyResponse.answeredBy";
    public static final String COUNT = "SurveyResponse.count";
    public static final String MARKS = "SurveyResponse.marks";
    public static final String TEXTS = "SurveyResponse.texts";
    public static final String BY_BIRTH_YEAR = "SurveyResponse.byBirthYear";
    public static final String BY_DISTRICT = "SurveyResponse.byDistrict";

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    @Column(name = "member_id")
    private long memberId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected SurveyResponse() {}

    /** @param answers checked against the survey ({@link Survey#checkAnswers}) */
    public SurveyResponse(long surveyId, long memberId, List<SurveyAnswer> answers, Instant now) {
        this.surveyId = surveyId;
        this.memberId = memberId;
        this.answers.addAll(answers);
        this.submittedAt = now;
        this.changedAt = now;
    }

    /** @param answers checked against the survey ({@link Survey#checkAnswers}) */
    public void change(List<SurveyAnswer> answers, Instant now) {
        this.answers.clear();
        this.answers.addAll(answers);
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public List<SurveyAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
