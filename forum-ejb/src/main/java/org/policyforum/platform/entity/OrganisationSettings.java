package org.policyforum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The city's own settings: its name, its time zone ("this month" is counted there) and how names are shown. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {

    public static final int SINGLETON_ID = 1;
    /** Statistics show no group smaller than this, unless the city chooses otherwise. */
    public static final int DEFAULT_SMALL_GROUP_MIN = 5;

    public static final int DEFAULT_REPORT_HIDE_THRESHOLD = 3;
    /** Below 2 a single person's choice would show; above 100 a city's breakdowns would show almost nothing. */
    public static final int MIN_SMALL_GROUP = 2;

    public static final int MAX_SMALL_GROUP = 100;

    public static final int DEFAULT_IDEA_SUPPORT_DAYS = 30;

    public static final int DEFAULT_IDEA_REMINDER_DAYS = 3;

    public static final int MAX_OUTCOME_FUTURE_DAYS = 365;

    @Id
    private Integer id;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "mask_names")
    private boolean maskNames;

    @Column(name = "youth_min_age")
    private int youthMinAge = 14;

    @Column(name = "youth_max_age")
    private int youthMaxAge = 24;

    @Column(name = "youth_open_to_age_range")
    private boolean youthOpenToAgeRange;

    @Column(name = "small_group_min")
    private int smallGroupMin = DEFAULT_SMALL_GROUP_MIN;

    @Column(name = "privacy_officer")
    private String privacyOfficer;

    @Column(name = "privacy_contact")
    private String privacyContact;

    /** How long an idea can be supported after it is published, in days. */
    @Column(name = "idea_support_days")
    private int ideaSupportDays = DEFAULT_IDEA_SUPPORT_DAYS;

    /** How many days before (and after) an answer is due its bureau's officials are reminded. */
    @Column(name = "idea_reminder_days")
    private int ideaReminderDays = DEFAULT_IDEA_REMINDER_DAYS;
    /** How many days ahead of today a policy outcome's timeline entry may be dated (0: not after today). */
    @Column(name = "outcome_max_future_days")
    private int outcomeMaxFutureDays;

    /** How many distinct members' reports hide an item at once, until a moderator decides (1-100). */
    @Column(name = "report_hide_threshold")
    private int reportHideThreshold = DEFAULT_REPORT_HIDE_THRESHOLD;

    /** Words that send a post to a moderator instead of publishing it, one per line; null for none. */
    @Column(name = "banned_words")
    private String bannedWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_guard")
    private ContactGuard contactGuard = ContactGuard.MASK;

    @Version
    private long version;

    /** What happens to a mobile number or an e-mail address that a member writes into public text. */
    public enum ContactGuard {
        /** Published with the number's digits and the address's name masked. */
        MASK,
        /** Held for a moderator, as a banned word is. */
        REVIEW
    }

    public static final int MAX_BANNED_WORDS = 200;

    public static final int MAX_BANNED_WORD = 50;

    public static final int MIN_BANNED_WORD = 2;

    protected OrganisationSettings() {}

    /** Sets the idea space's support window and reminder lead, within 1-365 and 1-30 days. */
    public void changeIdeaRules(int supportDays, int reminderDays) {
        if (supportDays < 1 || supportDays > 365 || reminderDays < 1 || reminderDays > 30) {
            throw new IllegalArgumentException("idea support window 1-365 days, reminders 1-30 days");
        }
        this.ideaSupportDays = supportDays;
        this.ideaReminderDays = reminderDays;
    }

    public int getIdeaSupportDays() {
        return ideaSupportDays;
    }

    public int getIdeaReminderDays() {
        return ideaReminderDays;
    }

    /** @throws java.time.DateTimeException if the zone is not a known time zone */
    public void change(String nameKo, String nameEn, String zone, boolean maskNames) {
        this.timeZone = ZoneId.of(Objects.requireNonNull(zone)).getId();
        this.nameKo = Objects.requireNonNull(nameKo).strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameKo : nameEn.strip();
        this.maskNames = maskNames;
    }

    /** The Youth Forum's age range, and whether everyone in it (not only panelists) may write there. */
    public void changeYouthForum(int minAge, int maxAge, boolean openToAgeRange) {
        if (minAge < 1 || maxAge < minAge || maxAge > 40) {
            throw new IllegalArgumentException("age range " + minAge + "-" + maxAge);
        }
        youthMinAge = minAge;
        youthMaxAge = maxAge;
        youthOpenToAgeRange = openToAgeRange;
    }

    /** The smallest group a statistic may show; smaller groups read "fewer than N". */
    public void changeSmallGroupMin(int smallest) {
        if (smallest < MIN_SMALL_GROUP || smallest > MAX_SMALL_GROUP) {
            throw new IllegalArgumentException("small group " + smallest);
        }
        smallGroupMin = smallest;
    }

    /** Who answers for the members' personal data and how to reach them, as the privacy policy names them. */
    public void changePrivacyContact(String officer, String contact) {
        this.privacyOfficer = officer;
        this.privacyContact = contact;
    }

    /**
     * The screening of public text: the banned words (each {@value #MIN_BANNED_WORD}-{@value #MAX_BANNED_WORD}
     * characters, at most {@value #MAX_BANNED_WORDS}, kept once each in their order) and what contact details get.
     */
    public void changeScreening(List<String> words, ContactGuard guard) {
        List<String> kept = words.stream()
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
        if (kept.size() > MAX_BANNED_WORDS
                || kept.stream().anyMatch(w -> w.length() < MIN_BANNED_WORD || w.length() > MAX_BANNED_WORD)) {
            throw new IllegalArgumentException("banned words: " + kept.size());
        }
        bannedWords = kept.isEmpty() ? null : String.join("\n", kept);
        contactGuard = Objects.requireNonNull(guard);
    }

    public List<String> getBannedWords() {
        return bannedWords == null ? List.of() : List.of(bannedWords.split("\n"));
    }

    public ContactGuard getContactGuard() {
        return contactGuard;
    }

    /** How many distinct reports hide an item at once, within 1-100. */
    public void changeReportHideThreshold(int reports) {
        if (reports < 1 || reports > 100) {
            throw new IllegalArgumentException("report threshold " + reports);
        }
        reportHideThreshold = reports;
    }

    public int getReportHideThreshold() {
        return reportHideThreshold;
    }

    /** How many days ahead of today a timeline entry may be dated, within 0-365. */
    public void changeOutcomeMaxFutureDays(int days) {
        if (days < 0 || days > MAX_OUTCOME_FUTURE_DAYS) {
            throw new IllegalArgumentException("outcome timeline days ahead 0-365: " + days);
        }
        outcomeMaxFutureDays = days;
    }

    public int getOutcomeMaxFutureDays() {
        return outcomeMaxFutureDays;
    }

    public String getPrivacyOfficer() {
        return privacyOfficer;
    }

    public String getPrivacyContact() {
        return privacyContact;
    }

    public int getSmallGroupMin() {
        return smallGroupMin;
    }

    /** The birth years of the youth range in a year, both ends included. */
    public record BirthYears(int first, int last) {
        /** No birth year at all (a month without a youth topic has no youth audience). */
        public static final BirthYears NONE = new BirthYears(1, 0);

        public boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    /**
     * Who counts as young in {@code thisYear}: age is this year minus the birth year (the Korean "만 나이" by year,
     * enough for eligibility). The one statement of the rule: the Youth Forum's door and the campaign's youth
     * audience both ask here.
     */
    public BirthYears youthBirthYears(int thisYear) {
        return new BirthYears(thisYear - youthMaxAge, thisYear - youthMinAge);
    }

    public boolean isInYouthRange(Integer birthYear, int thisYear) {
        return birthYear != null && youthBirthYears(thisYear).contains(birthYear);
    }

    public int getYouthMinAge() {
        return youthMinAge;
    }

    public int getYouthMaxAge() {
        return youthMaxAge;
    }

    public boolean isYouthOpenToAgeRange() {
        return youthOpenToAgeRange;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isMaskNames() {
        return maskNames;
    }

    public long getVersion() {
        return version;
    }
}
