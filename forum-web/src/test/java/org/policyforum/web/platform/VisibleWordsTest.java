package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.member.entity.LinkOutcome;
import org.policyforum.member.entity.MemberStatus;
import org.policyforum.member.entity.Role;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Phase;
import org.policyforum.topic.entity.ExpertInvitation;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.TopicState;
import org.policyforum.topic.entity.TopicSuggestion;
import org.policyforum.topic.entity.YouthApplication;

/**
 * No page shows a raw enum constant, audit action or instant: every value a page shows through a key prefix
 * ({@code msg['topic.state.'.concat(t.state)]}) has a key in both languages, every audit action has its words, and no
 * page prints an instant as it is (they go through {@code #{times.format(...)}}).
 */
class VisibleWordsTest {

    /** The key prefixes the pages put before an enum constant, and the enum it comes from. */
    static final Map<String, Class<? extends Enum<?>>> SHOWN = Map.ofEntries(
            Map.entry("role.", Role.class),
            Map.entry("status.", MemberStatus.class),
            Map.entry("stance.", Stance.class),
            Map.entry("forum.", Forum.class),
            Map.entry("topic.state.", TopicState.class),
            Map.entry("poll.phase.", Phase.class),
            Map.entry("poll.eligibility.", Eligibility.class),
            Map.entry("award.phase.", RoundPhase.class),
            Map.entry("award.jury.", Jury.class),
            Map.entry("award.prize.", PrizeStatus.class),
            Map.entry("suggestion.status.", TopicSuggestion.Status.class),
            Map.entry("youth.status.", YouthApplication.Status.class),
            Map.entry("brief.status.", ExpertInvitation.Status.class),
            Map.entry("opinion.order.", TopicPages.Order.class),
            Map.entry("admin.campaign.state.", CampaignPort.State.class),
            Map.entry("confirm.", LinkOutcome.class),
            Map.entry("outcome.status.", OutcomeStatus.class),
            Map.entry("outcome.kind.", SourceKind.class));

    /** An audit action named where it is recorded: audit.record("x", ...), move(id, "x", ...), decide(id, "x", ...). */
    static final Pattern ACTION =
            Pattern.compile("(?:record|move|decide|change)\\((?:\\w+, )?\"([a-z]+\\.[a-zA-Z.]*[a-zA-Z])\"");
    /** Actions put together at run time, which the scan above cannot read. */
    static final Set<String> BUILT_ACTIONS =
            Set.of("award.prize.sent", "award.prize.declined", "bureau.activate", "bureau.deactivate");
    /**
     * An instant printed as it is in page text: #{e.at}, #{d.sentAt()} (an input's value="#{form.opensAt}" is not
     * text).
     */
    static final Pattern RAW_INSTANT = Pattern.compile("(?<!=\")#\\{\\s*[\\w.]+(?:At|\\.at)(?:\\(\\))?\\s*}");

    @Test
    void everyEnumConstantAPageShowsHasWordsInBothLanguages() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String language : new String[] {"ko", "en"}) {
            Properties bundle = MessageBundlesTest.bundle(language);
            SHOWN.forEach((prefix, type) -> {
                for (Enum<?> constant : type.getEnumConstants()) {
                    if (!bundle.containsKey(prefix + constant.name())) {
                        missing.add(language + ": " + prefix + constant.name());
                    }
                }
            });
        }
        assertTrue(missing.isEmpty(), () -> "enum constants without words: " + missing);
    }

    @Test
    void everyAuditActionHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>(BUILT_ACTIONS);
        for (String module : new String[] {"../forum-ejb", "../forum-mail", "."}) {
            try (Stream<Path> sources = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    if (!code.contains("audit")) {
                        continue;
                    }
                    Matcher action = ACTION.matcher(code);
                    while (action.find()) {
                        actions.add(action.group(1));
                    }
                }
            }
        }
        assertTrue(
                actions.size() > 40, "the scan found only " + actions.size() + " audit actions; has the code moved?");
        Set<String> missing = new TreeSet<>();
        for (String language : new String[] {"ko", "en"}) {
            Properties bundle = MessageBundlesTest.bundle(language);
            actions.stream()
                    .filter(a -> !bundle.containsKey("audit.action." + a))
                    .forEach(a -> missing.add(language + ": " + a));
        }
        assertTrue(missing.isEmpty(), () -> "audit actions without words (audit.action.<action>): " + missing);
    }

    @Test
    void noPagePrintsAnInstantAsItIs() throws IOException {
        Set<String> raw = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher instant = RAW_INSTANT.matcher(Files.readString(page));
                while (instant.find()) {
                    raw.add(page.getFileName() + ": " + instant.group());
                }
            }
        }
        assertTrue(raw.isEmpty(), () -> "instants printed without #{times.format(...)}: " + raw);
    }
}
