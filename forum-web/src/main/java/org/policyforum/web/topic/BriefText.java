package org.policyforum.web.topic;

import java.io.Serializable;

/**
 * The text of an expert's brief while a form holds it: the affiliation shown beside the expert's name, the title
 * and the body. The console's brief editor and the expert's own page both use it, with the tag
 * {@code forum:briefText} for its three fields.
 */
public class BriefText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String affiliation;
    private String title;
    private String body;

    /** A new brief: no title or body yet; the affiliation stays, as the same expert may write the next one. */
    public void startNew() {
        title = null;
        body = null;
    }

    /** Everything empty, for a brief by another expert. */
    public void clear() {
        affiliation = null;
        startNew();
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
