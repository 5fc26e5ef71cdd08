package org.policyforum.outcome.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A timeline entry as the console's form sends it: the day, what was decided or done (plain text), and links, one
 * per line ({@code label | https://…}, or the address alone).
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String body;
    private String links;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}
