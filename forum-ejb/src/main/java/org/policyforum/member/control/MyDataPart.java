package org.policyforum.member.control;

import jakarta.json.JsonArray;
import java.util.Map;

/**
 * One feature's part of a member's "download my data" file (the right of access): what the member wrote and did in
 * that feature. Each feature implements it (a CDI bean in its own {@code control} package, reading only its own
 * tables); {@code MyAccount.exportMyData} collects every implementation through {@code Instance<MyDataPart>}, so the
 * member module imports no feature.
 * <p>
 * Rules for a part: every section it names is always present (an empty array when the member did nothing there);
 * rows hold the member's own data only — never another member's name, address or anything else personal (a comment
 * says which opinion it answers by id and topic, not whose opinion it was).
 */
public interface MyDataPart {

    /** The sections this part adds, by name (a top-level key of the file), each an array of rows, oldest first. */
    Map<String, JsonArray> sections(long memberId);
}
