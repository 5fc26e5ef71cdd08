package org.policyforum.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language for this session: Korean unless they pick English (or their browser prefers it). */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale;

    /** A {@code ?lang=en} or {@code ?lang=ko} on any page switches the language: plain links, no script needed. */
    public Locale getLocale() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
        if ("en".equals(asked) || "ko".equals(asked)) {
            locale = Locale.forLanguageTag(asked);
        }
        if (locale == null) {
            // Korean unless the browser itself asks for English first (no header means the server's locale: ignore it)
            var external = FacesContext.getCurrentInstance().getExternalContext();
            boolean browserSaid = external.getRequestHeaderMap().get("Accept-Language") != null;
            Locale requested = external.getRequestLocale();
            locale = browserSaid && requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void choose(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }
}
