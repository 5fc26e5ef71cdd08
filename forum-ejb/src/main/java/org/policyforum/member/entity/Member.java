package org.policyforum.member.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person with an account. Real name and one account per person come from identity verification; email comes from
 * a confirmation link. State with rules changes only through the methods below.
 */
// "MEMBER" is a JPQL keyword (MEMBER OF), hence the entity name
@Entity(name = "ForumMember")
@Table(name = "member")
@NamedQuery(name = Member.BY_EMAIL, query = "SELECT m FROM ForumMember m WHERE m.email = :email")
@NamedQuery(name = Member.COUNT_BY_EMAIL, query = "SELECT COUNT(m) FROM ForumMember m WHERE m.email = :email")
@NamedQuery(name = Member.COUNT_BY_PERSON, query = "SELECT COUNT(m) FROM ForumMember m WHERE m.personKeyHash = :hash")
// the roles of an active, verified member (isActive, isVerified) and nothing else: what a ballot needs, in one query
@NamedQuery(
        name = Member.ROLES_IF_VERIFIED,
        query = "SELECT r FROM ForumMember m JOIN m.roles r WHERE m.id = :id "
                + "AND m.status = org.policyforum.member.entity.MemberStatus.ACTIVE AND m.personKeyHash IS NOT NULL")
@NamedQuery(
        name = Member.COUNT_WITH_ROLE,
        query = "SELECT COUNT(m) FROM ForumMember m WHERE :role MEMBER OF m.roles AND m.status = "
                + "org.policyforum.member.entity.MemberStatus.ACTIVE")
public class Member implements Serializable {

    public static final String BY_EMAIL = "Member.byEmail";
    public static final String COUNT_BY_EMAIL = "Member.countByEmail";
    public static final String COUNT_BY_PERSON = "Member.countByPerson";
    public static final String COUNT_WITH_ROLE = "Member.countWithRole";
    public static final String ROLES_IF_VERIFIED = "Member.rolesIfVerified";
    /** What others read in place of a name that moderation hid; masking leaves it as it is. */
    public static final String HIDDEN_NAME = "***";

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(name = "real_name")
    private String realName;

    private String email;

    @Column(name = "email_confirmed")
    private boolean emailConfirmed;

    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "district_code")
    private District district;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "person_key_hash")
    private String personKeyHash;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "mail_opt_in")
    private boolean mailOptIn;
    /** The daily digest of followed topics: on by default, since following a topic is the member's own request. */
    @Column(name = "follow_digest")
    private boolean followDigest = true;

    /** News of the policy outcomes of what the member took part in: on by default, as they took part. */
    @Column(name = "outcome_news")
    private boolean outcomeNews = true;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    private String language;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "failed_logins")
    private int failedLogins;
    /** Counted only by {@code FailedLogins}, in one UPDATE each: never through this entity's versioned write. */
    @Column(name = "locked_until")
    private Instant lockedUntil;
    /** Sessions logged in under an older number are ended on their next request (see {@link #endSessions()}). */
    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Moderation hid the name (reports, or a moderator with a reason): others read {@link #HIDDEN_NAME} instead. */
    @Column(name = "name_hidden")
    private boolean nameHidden;

    @Column(name = "name_hidden_reason")
    private String nameHiddenReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Member() {}

    /** A new account that has accepted the terms; it still needs identity verification and a confirmed email. */
    public Member(
            String realName,
            String email,
            String passwordHash,
            District district,
            int birthYear,
            boolean mailOptIn,
            Locale language,
            Instant now) {
        this.realName = Objects.requireNonNull(realName).strip();
        this.email = normaliseEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.district = district;
        this.birthYear = birthYear;
        this.mailOptIn = mailOptIn;
        this.language = language.getLanguage();
        this.termsAcceptedAt = now;
        this.createdAt = now;
        this.status = MemberStatus.ACTIVE;
    }

    /** An account for a member of staff that does not take part as a citizen, e.g. the first operator. */
    public static Member staff(
            String realName, String email, String passwordHash, Locale language, Instant now, Role role) {
        Member member = new Member();
        member.realName = Objects.requireNonNull(realName).strip();
        member.email = normaliseEmail(email);
        member.emailConfirmed = true;
        member.passwordHash = Objects.requireNonNull(passwordHash);
        member.language = language.getLanguage();
        member.termsAcceptedAt = now;
        member.createdAt = now;
        member.status = MemberStatus.ACTIVE;
        member.roles.add(role);
        return member;
    }

    /**
     * The name others see: the real name, or with the organisation's masking setting every character but the first
     * and (for names of three or more) the last replaced by '*', e.g. 홍길동 → 홍*동. Empty for a closed account,
     * which pages show as "former member"; {@link #HIDDEN_NAME} while moderation hides the name.
     */
    public String displayName(boolean mask) {
        return displayName(nameHidden ? HIDDEN_NAME : realName, status, mask);
    }

    /**
     * Hides the name from everyone else, pending review ({@code reason} null) or by a moderator's decision with the
     * reason the member reads on their page. The real name stays: it is the verified one, and restoring shows it.
     */
    public void hideName(String reason) {
        nameHidden = true;
        nameHiddenReason = reason;
    }

    public void restoreName() {
        nameHidden = false;
        nameHiddenReason = null;
    }

    public boolean isNameHidden() {
        return nameHidden;
    }

    /** The moderator's reason for hiding the name; null while it waits for review or shows. */
    public String getNameHiddenReason() {
        return nameHiddenReason;
    }

    /**
     * {@link #displayName(boolean)} from a member's name and status alone, for readers that select columns rather
     * than members (a streamed export keeps no member in memory).
     */
    public static String displayName(String realName, MemberStatus status, boolean mask) {
        if (status == MemberStatus.CLOSED) {
            return "";
        }
        return mask ? mask(realName) : realName;
    }

    static String mask(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        for (int i = 1; i < cps.length; i++) {
            boolean keep = (i == cps.length - 1 && cps.length >= 3) || Character.isWhitespace(cps[i]);
            masked.appendCodePoint(keep ? cps[i] : '*');
        }
        return masked.toString();
    }

    /** A normalised address of the shape name@domain.tld, within the 254 characters mail allows. */
    public static boolean isPlausibleEmail(String normalised) {
        return normalised != null && normalised.length() <= 254 && normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The verifier vouched for this person; from now on the account is a citizen's. */
    public void verifyIdentity(String personKeyHash, String verifier, Instant now) {
        if (this.personKeyHash != null) {
            throw new IllegalStateException("identity already verified");
        }
        this.personKeyHash = Objects.requireNonNull(personKeyHash);
        this.verifiedBy = verifier;
        this.verifiedAt = now;
        this.roles.add(Role.CITIZEN);
    }

    public void confirmEmail(String confirmedAddress) {
        this.email = normaliseEmail(confirmedAddress);
        this.emailConfirmed = true;
    }

    /** A new password also ends every session logged in with the old one (the caller may renew its own). */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
        endSessions();
    }

    /** Every session logged in until now ends on its next request; only new logins count. */
    public void endSessions() {
        sessionEpoch++;
    }

    public void changeLanguage(Locale locale) {
        this.language = locale.getLanguage();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        if (!roles.contains(Role.OFFICIAL)) {
            bureau = null;
        }
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void assignBureau(Bureau newBureau) {
        if (newBureau != null && !roles.contains(Role.OFFICIAL)) {
            throw new IllegalStateException("only officials belong to a bureau");
        }
        this.bureau = newBureau;
    }

    /**
     * Leaves the forum: what the member wrote stays, but nothing that names or reaches them. Birth year and district
     * stay for anonymous statistics only.
     */
    public void close(Instant now) {
        status = MemberStatus.CLOSED;
        closedAt = now;
        realName = "";
        email = null;
        emailConfirmed = false;
        passwordHash = null;
        personKeyHash = null;
        mailOptIn = false;
        followDigest = false;
        roles.clear();
        bureau = null;
        endSessions();
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isVerified() {
        return personKeyHash != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getRealName() {
        return realName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public District getDistrict() {
        return district;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public boolean isMailOptIn() {
        return mailOptIn;
    }

    public boolean isFollowDigest() {
        return followDigest;
    }

    public boolean isOutcomeNews() {
        return outcomeNews;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Bureau getBureau() {
        return bureau;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
