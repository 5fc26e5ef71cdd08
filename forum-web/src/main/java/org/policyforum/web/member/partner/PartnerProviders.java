package org.policyforum.web.member.partner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The partner logins of this installation (README, *Log in through a partner*), read once at start: a provider
 * without issuer, client id or secret is left out with one warning, so a typo hides one button instead of breaking
 * the login page. None configured: no button, and the partner login addresses answer 404.
 */
@ApplicationScoped
public class PartnerProviders {

    private static final Logger LOG = Logger.getLogger(PartnerProviders.class.getName());
    /** Ids become part of addresses and setting names; "callback" is the address the providers answer to. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,32}");

    @Inject
    ForumEnvironment environment;

    private List<PartnerProvider> providers = List.of();

    @PostConstruct
    void read() {
        List<PartnerProvider> read = new ArrayList<>();
        for (String id : environment.partnerLogins()) {
            Optional<String> issuer = environment.partnerLogin(id, "issuer");
            Optional<String> clientId = environment.partnerLogin(id, "client.id");
            Optional<String> secret = environment.partnerLogin(id, "client.secret");
            if (!ID.matcher(id).matches() || "callback".equals(id)) {
                LOG.warning(() -> "Partner login '" + id + "' left out: an id is 1-32 lower-case letters or digits");
            } else if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
                LOG.warning(() -> "Partner login '" + id + "' left out: it needs an issuer, a client id and a secret");
            } else {
                String nameKo = environment.partnerLogin(id, "name.ko").orElse(id);
                String nameEn = environment.partnerLogin(id, "name.en").orElse(nameKo);
                boolean verifier = environment
                        .partnerLogin(id, "verifier")
                        .map(Boolean::parseBoolean)
                        .orElse(false);
                read.add(new PartnerProvider(
                        id,
                        issuer.get(),
                        clientId.get(),
                        secret.get(),
                        nameKo,
                        nameEn,
                        verifier,
                        environment.partnerLogin(id, "person.claim").orElse("sub"),
                        environment.partnerLogin(id, "name.claim").orElse("name")));
                if (verifier) {
                    LOG.info(() -> "Partner login '" + id + "' verifies identity: new people may join through it");
                }
            }
        }
        providers = List.copyOf(read);
    }

    public List<PartnerProvider> all() {
        return providers;
    }

    public Optional<PartnerProvider> byId(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
