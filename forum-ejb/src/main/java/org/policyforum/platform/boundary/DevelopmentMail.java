package org.policyforum.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;

/** The development mail viewer's source. It refuses in production, whatever page asks. */
@Stateless
@PermitAll
public class DevelopmentMail {

    @Inject
    MailPort mail;

    @Inject
    ForumEnvironment environment;

    public List<MailPort.MailRecord> recent() {
        if (environment.isProduction()) {
            throw new SecurityException("the mail viewer is off in production");
        }
        return mail.recent(50);
    }
}
