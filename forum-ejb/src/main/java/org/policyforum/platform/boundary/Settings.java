package org.policyforum.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.stream.Stream;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** The organisation's settings: everyone reads them (the header shows the city's name), operators change them. */
@Stateless
public class Settings {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @PermitAll
    public OrganisationSettings current() {
        return em.find(OrganisationSettings.class, OrganisationSettings.SINGLETON_ID);
    }

    /** The clock in the organisation's time zone: what "today" and "this month" mean for every rule and form. */
    @PermitAll
    public Clock organisationClock() {
        return clock.withZone(current().zone());
    }

    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings change(String nameKo, String nameEn, String timeZone, boolean maskNames) {
        String ko = Text.name("nameKo", nameKo, 1, 200, "settings.name.required", "settings.name.tooLong");
        String en = nameEn == null || nameEn.isBlank()
                ? nameEn
                : Text.name("nameEn", nameEn, 1, 200, "settings.name.required", "settings.name.tooLong");
        OrganisationSettings settings = current();
        try {
            settings.change(ko, en, timeZone, maskNames);
        } catch (DateTimeException | NullPointerException e) {
            throw new RuleViolation("timeZone", "settings.timeZone.invalid");
        }
        audit.record(
                "settings.change",
                "organisation",
                settings.getNameKo() + " / " + settings.getNameEn() + ", zone=" + settings.getTimeZone()
                        + ", maskNames=" + maskNames);
        return settings;
    }

    /** Small-cell suppression: the smallest group that statistics and their exports may show. */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changeSmallGroupMin(int smallest) {
        OrganisationSettings settings = current();
        if (smallest == settings.getSmallGroupMin()) {
            return settings;
        }
        try {
            settings.changeSmallGroupMin(smallest);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("smallGroupMin", "settings.smallGroup.invalid");
        }
        audit.record("settings.smallGroup", "organisation", "smallGroupMin=" + smallest);
        return settings;
    }

    /**
     * The privacy officer and the contact (address, telephone) that the privacy policy page gives for the members'
     * requests; free text, so guarded like every other (no resident registration number, bounded length).
     */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changePrivacyContact(String officer, String contact) {
        String who = Text.name(
                "privacyOfficer",
                officer,
                2,
                100,
                "settings.privacyOfficer.required",
                "settings.privacyOfficer.tooLong");
        String how = Text.required("privacyContact", contact, 300, "settings.privacyContact");
        OrganisationSettings settings = current();
        settings.changePrivacyContact(who, how);
        audit.record("settings.privacyContact", "organisation", who + " / " + how);
        return settings;
    }

    /** The idea space's support window (days after publication) and how early officials are reminded of an answer. */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changeIdeaRules(int supportDays, int reminderDays) {
        OrganisationSettings settings = current();
        try {
            settings.changeIdeaRules(supportDays, reminderDays);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("ideaSupportDays", "settings.ideaRules.invalid");
        }
        audit.record(
                "settings.ideaRules", "organisation", "supportDays=" + supportDays + ", reminderDays=" + reminderDays);
        return settings;
    }

    /** How many days ahead of today (0-365) an official may date a policy outcome's timeline entry. */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changeOutcomeRules(int maxFutureDays) {
        OrganisationSettings settings = current();
        if (maxFutureDays == settings.getOutcomeMaxFutureDays()) {
            return settings;
        }
        try {
            settings.changeOutcomeMaxFutureDays(maxFutureDays);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("outcomeMaxFutureDays", "settings.outcomeMaxFutureDays.invalid");
        }
        audit.record("settings.outcomeRules", "organisation", "outcomeMaxFutureDays=" + maxFutureDays);
        return settings;
    }

    /** How many distinct members' reports hide an item at once, until a moderator looks at it (1-100). */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changeReportHideThreshold(int reports) {
        OrganisationSettings settings = current();
        if (reports == settings.getReportHideThreshold()) {
            return settings;
        }
        try {
            settings.changeReportHideThreshold(reports);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("reportHideThreshold", "settings.reportHideThreshold.invalid");
        }
        audit.record("settings.reportHideThreshold", "organisation", "reportHideThreshold=" + reports);
        return settings;
    }

    /**
     * The screening of public text: banned words (one per line; each guarded as text, {@value
     * OrganisationSettings#MIN_BANNED_WORD}-{@value OrganisationSettings#MAX_BANNED_WORD} characters, at most {@value
     * OrganisationSettings#MAX_BANNED_WORDS}) and whether contact details are masked or reviewed.
     */
    @RolesAllowed(Roles.OPERATOR)
    public OrganisationSettings changeScreening(String bannedWords, ContactGuard guard) {
        String words = Text.optional(
                "bannedWords",
                bannedWords,
                OrganisationSettings.MAX_BANNED_WORDS * (OrganisationSettings.MAX_BANNED_WORD + 2),
                "settings.bannedWords");
        if (guard == null) {
            throw new RuleViolation("contactGuard", "settings.contactGuard.required");
        }
        OrganisationSettings settings = current();
        List<String> list = words == null
                ? List.of()
                : Stream.of(words.split("\\R"))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .distinct()
                        .toList();
        if (list.equals(settings.getBannedWords()) && guard == settings.getContactGuard()) {
            return settings;
        }
        try {
            settings.changeScreening(list, guard);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(
                    "bannedWords",
                    "settings.bannedWords.invalid",
                    OrganisationSettings.MIN_BANNED_WORD,
                    OrganisationSettings.MAX_BANNED_WORD,
                    OrganisationSettings.MAX_BANNED_WORDS);
        }
        audit.record(
                "settings.screening",
                "organisation",
                settings.getBannedWords().size() + " banned words, contact details " + guard);
        return settings;
    }
}
