package org.policyforum.moderation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Cache;
import org.policyforum.platform.entity.SharedCache;

/**
 * Why a member reports an item: organisation data that operators label (Korean and English), order and deactivate.
 * The code is stable (forms and exports name a reason by it) and unique (the key {@code uq_report_reason_code}
 * decides); a reason in use is never deleted, a deactivated one is no longer offered but old reports keep it.
 */
@Entity
@Cacheable
// changed in the console: another node of a cluster sees the change within 2 s
@Cache(expiry = SharedCache.EDITED_MILLIS)
@Table(name = "report_reason")
@NamedQuery(name = ReportReason.ALL, query = "SELECT r FROM ReportReason r ORDER BY r.sortOrder, r.id")
@NamedQuery(
        name = ReportReason.ACTIVE,
        query = "SELECT r FROM ReportReason r WHERE r.active = TRUE ORDER BY r.sortOrder, r.id")
@NamedQuery(name = ReportReason.BY_CODE, query = "SELECT r FROM ReportReason r WHERE r.code = :code")
public class ReportReason {

    public static final String ALL = "ReportReason.all";
    public static final String ACTIVE = "ReportReason.active";
    public static final String BY_CODE = "ReportReason.byCode";

    public static final int MAX_LABEL = 100;
    public static final int MAX_CODE = 32;

    /** Upper-case letters, digits and underscores, starting with a letter: safe in forms, URLs and exports. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_CODE - 1) + "}");

    @Id
    @SequenceGenerator(name = "report_reason_seq", sequenceName = "report_reason_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_reason_seq")
    private Long id;

    private String code;

    @Column(name = "label_ko")
    private String labelKo;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "needs_text")
    private boolean needsText;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected ReportReason() {}

    public ReportReason(String code, String labelKo, String labelEn, boolean needsText, int sortOrder) {
        if (!isCode(code)) {
            throw new IllegalArgumentException("a reason's code is upper-case letters, digits and underscores");
        }
        this.code = code;
        relabel(labelKo, labelEn, needsText);
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** New words for the reason; whether a member must add their own words to it. */
    public final void relabel(String ko, String en, boolean textRequired) {
        if (ko == null || ko.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a reason is labelled in Korean and in English");
        }
        this.labelKo = ko;
        this.labelEn = en;
        this.needsText = textRequired;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** Its place in the list members choose from (the console swaps neighbours). */
    public void placeAt(int order) {
        this.sortOrder = order;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public boolean needsText() {
        return needsText;
    }

    public boolean isNeedsText() {
        return needsText;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelKo;
    }

    /** What readers of a report see of its reason: the code and both labels, detached from the entity. */
    public Label toLabel() {
        return new Label(id, code, labelKo, labelEn, needsText);
    }

    /** A reason as pages show it, in the reader's language ({@link #label(Locale)}). */
    public record Label(Long id, String code, String ko, String en, boolean needsText) implements java.io.Serializable {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : ko;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
