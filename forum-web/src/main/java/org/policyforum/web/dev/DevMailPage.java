package org.policyforum.web.dev;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.platform.boundary.DevelopmentMail;
import org.policyforum.platform.control.MailPort;

/** Lists the mails the forum sent, so a local run without an SMTP server can still finish sign-up. */
@Named
@ViewScoped
public class DevMailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DevelopmentMail mail;

    private List<MailPort.MailRecord> mails;

    @PostConstruct
    void load() {
        mails = mail.recent();
    }

    public List<MailPort.MailRecord> getMails() {
        return mails;
    }
}
