package org.policyforum.member.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.policyforum.member.control.AccountLinks;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.control.Tokens;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.Role;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The first operator account. While the site has no operator, every start prints a fresh one-time set-up link to the
 * server log (older links stop working); whoever can read the log of this server can open it. No default password.
 */
@Singleton
@Startup
// after the demo content, which brings its own operator
@DependsOn({"SchemaMigrations", "DemoContent"})
@PermitAll
public class OperatorSetup {

    private static final Logger LOG = Logger.getLogger(OperatorSetup.class.getName());

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    ForumEnvironment environment;

    @Inject
    AccountLinks links;

    @PostConstruct
    void offerSetupWhileNoOperator() {
        if (hasOperator()) {
            return;
        }
        Instant now = clock.instant();
        em.createNamedQuery(MemberToken.OPEN_OF_PURPOSE, MemberToken.class)
                .setParameter("purpose", TokenPurpose.SETUP_OPERATOR)
                .setParameter("now", now)
                .getResultList()
                .forEach(t -> t.use(now));
        String secret = tokens.newSecret();
        em.persist(new MemberToken(Tokens.hash(secret), TokenPurpose.SETUP_OPERATOR, null, null, now));
        String url = environment.baseUrl().resolve("setup?token=" + secret).toString();
        LOG.warning(
                () -> "\n\n    No operator account exists yet. Create the first one here (valid 7 days, once):\n    "
                        + url + "\n");
    }

    public boolean hasOperator() {
        return em.createNamedQuery(Member.COUNT_WITH_ROLE, Long.class)
                        .setParameter("role", Role.OPERATOR)
                        .getSingleResult()
                > 0;
    }

    public boolean isSetupLinkUsable(String secret) {
        return !hasOperator() && token(secret) != null;
    }

    public Member createFirstOperator(String secret, String realName, String email, String password, Locale locale) {
        MemberToken token = token(secret);
        if (token == null || hasOperator()) {
            throw RuleViolation.of("setup.link.invalid");
        }
        String name = Text.name("realName", realName, 2, 60, "signup.realName.required", "signup.realName.size");
        String address = Member.normaliseEmail(email);
        if (!Member.isPlausibleEmail(address)) {
            throw new RuleViolation("email", "signup.email.invalid");
        }
        if (Text.holdsResidentNumber(address)) {
            throw new RuleViolation("email", "input.residentNumber");
        }
        if (em.createNamedQuery(Member.COUNT_BY_EMAIL, Long.class)
                        .setParameter("email", address)
                        .getSingleResult()
                > 0) {
            throw new RuleViolation("email", "signup.email.duplicate");
        }
        Passwords.requireStrong(password, address, name, "password");
        Instant now = clock.instant();
        token.use(now);
        Member operator = Member.staff(name, address, passwords.hash(password), locale, now, Role.OPERATOR);
        em.persist(operator);
        LOG.info("The first operator account was created");
        return operator;
    }

    private MemberToken token(String secret) {
        return links.find(secret)
                .filter(t -> t.isUsable(TokenPurpose.SETUP_OPERATOR, clock.instant()))
                .orElse(null);
    }
}
