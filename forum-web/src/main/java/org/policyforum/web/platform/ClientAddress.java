package org.policyforum.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The address of the person making a request, as the admin console's network check sees it: behind a trusted
 * reverse proxy the right-most untrusted X-Forwarded-For hop, else the connection's own address. Rate limits per
 * address count this one, so that everyone behind the city's proxy is not counted as one client.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    ForumEnvironment environment;

    private NetworkAllowList proxies;

    @PostConstruct
    void readProxies() {
        proxies = NetworkAllowList.parse(environment.trustedProxies());
    }

    public String of(HttpServletRequest request) {
        return AdminNetworkFilter.clientAddress(request, proxies);
    }
}
