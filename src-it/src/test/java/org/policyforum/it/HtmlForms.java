package org.policyforum.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a page as a browser without script sees them: what each holds and what posting it back would send.
 * Read with patterns, which is enough for the markup the forum itself renders (one attribute style, no nesting).
 */
public final class HtmlForms {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT =
            Pattern.compile("<select\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern SUBMIT = Pattern.compile("<button\\b[^>]*>|<input\\b[^>]*type=\"submit\"[^>]*>");
    private static final List<String> NOT_TYPED =
            List.of("hidden", "submit", "button", "checkbox", "radio", "file", "image", "reset");

    private HtmlForms() {}

    /** Form id → the form's markup (its opening tag and what it holds), in page order. */
    public static Map<String, String> forms(String page) {
        Map<String, String> forms = new LinkedHashMap<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            forms.put(form.group(1), form.group());
        }
        return forms;
    }

    /** The form with this id; fails when the page has none. */
    public static String form(String page, String id) {
        String form = forms(page).get(id);
        if (form == null) {
            throw new AssertionError("no form " + id + " in\n" + page);
        }
        return form;
    }

    /** Where the form posts to, without a session id in the path; {@code page} if it names nothing. */
    public static String action(String form, String page) {
        String action = attribute(form.substring(0, form.indexOf('>')), "action");
        return action == null ? page : unescape(action).replaceAll(";jsessionid=[^?]*", "");
    }

    /** The hidden fields (the form's name, the view state). */
    public static Map<String, String> hiddenFields(String form) {
        Map<String, String> all = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            if ("hidden".equals(attribute(input.group(), "type")) && attribute(input.group(), "name") != null) {
                all.put(attribute(input.group(), "name"), value(input.group()));
            }
        }
        return all;
    }

    /** What a browser sends for the form as it stands: every field's current value, no button. */
    public static Map<String, String> values(String form) {
        Map<String, String> all = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null || "submit".equals(type) || "button".equals(type) || "image".equals(type)) {
                continue;
            }
            boolean choice = "checkbox".equals(type) || "radio".equals(type);
            if (!choice || tag.contains(" checked")) {
                all.put(name, value(tag));
            }
        }
        Matcher area = TEXTAREA.matcher(form);
        while (area.find()) {
            all.put(area.group(1), unescape(area.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = attribute(option.group(), "value");
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = value == null ? "" : unescape(value);
                }
                if (option.group(1).contains("selected")) {
                    break;
                }
            }
            if (chosen != null) {
                all.put(select.group(1), chosen);
            }
        }
        return all;
    }

    /** The names of the fields a person types into (text of any kind, dates, numbers, text areas). */
    public static List<String> typedFields(String form) {
        List<String> names = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String name = attribute(input.group(), "name");
            String type = attribute(input.group(), "type");
            if (name != null && (type == null || !NOT_TYPED.contains(type))) {
                names.add(name);
            }
        }
        Matcher area = TEXTAREA.matcher(form);
        while (area.find()) {
            names.add(area.group(1));
        }
        return names;
    }

    /** The names of the form's submit buttons, in order. */
    public static List<String> buttons(String form) {
        List<String> names = new ArrayList<>();
        Matcher button = SUBMIT.matcher(form);
        while (button.find()) {
            String name = attribute(button.group(), "name");
            String type = attribute(button.group(), "type");
            if (name != null && (type == null || "submit".equals(type))) {
                names.add(name);
            }
        }
        return names;
    }

    private static String value(String tag) {
        String value = attribute(tag, "value");
        return value == null ? "" : unescape(value);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
