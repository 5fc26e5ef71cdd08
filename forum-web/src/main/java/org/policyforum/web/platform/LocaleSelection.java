package org.policyforum.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The visitor's language: Korean unless they pick English (or their browser prefers it). The choice lives in a cookie,
 * not in the HTTP session, so that a reader who only reads never gets a session and public pages can be served from
 * the readers' cache ({@link ReaderPageCache}).
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "forum_lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    /** A {@code ?lang=en} or {@code ?lang=ko} on any page switches the language: plain links, no script needed. */
    public Locale getLocale() {
        if (locale == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            locale = of(request);
            if (asked(request) != null) {
                remember((HttpServletResponse) external.getResponse(), locale);
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /**
     * The language a request asks for: {@code ?lang=}, else the cookie, else English only if the browser asks first.
     */
    public static Locale of(HttpServletRequest request) {
        String language = asked(request);
        if (language == null) {
            language = cookie(request);
        }
        if (language == null) {
            // no header means the server's own locale, which says nothing about the visitor: ignore it
            boolean browserSaid = request.getHeader("Accept-Language") != null;
            Locale requested = request.getLocale();
            language = browserSaid && requested != null && "en".equals(requested.getLanguage()) ? "en" : "ko";
        }
        return "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
    }

    /** The language named by {@code ?lang=} if it is one we speak; such a request also sets the cookie. */
    public static String asked(HttpServletRequest request) {
        return known(request.getParameter(PARAMETER));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return known(cookie.getValue());
                }
            }
        }
        return null;
    }

    private static String known(String language) {
        return "en".equals(language) || "ko".equals(language) ? language : null;
    }

    private static void remember(HttpServletResponse response, Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(SessionCookies.isSecure());
        response.addCookie(cookie);
    }
}
