package org.policyforum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.logging.Logger;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The admin console and the health probes ({@code /health/*}, {@code /ops/ready}) are intranet services: they answer
 * only to client networks on FORUM_ADMIN_ALLOW (default: loopback and the private ranges), whoever is logged in. Behind
 * a reverse proxy, set FORUM_TRUSTED_PROXIES to the proxy's address: only then is its X-Forwarded-For header believed,
 * and only the entry the proxy itself added.
 */
@WebFilter(urlPatterns = {"/admin/*", "/ops/*", "/health/*"})
public class AdminNetworkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AdminNetworkFilter.class.getName());

    @Inject
    ForumEnvironment environment;

    private NetworkAllowList allowed;
    private NetworkAllowList proxies;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        allowed = NetworkAllowList.parse(environment.adminAllow().orElse(NetworkAllowList.PRIVATE_NETWORKS));
        proxies = NetworkAllowList.parse(environment.trustedProxies());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = clientAddress(request, proxies);
        if (!allowed.contains(client)) {
            LOG.warning(() -> "Admin console refused to " + client);
            ErrorAnswer.send(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request's client, as {@link #clientAddress(String, String, NetworkAllowList)} finds it. */
    static String clientAddress(HttpServletRequest request, NetworkAllowList proxies) {
        return clientAddress(request.getRemoteAddr(), forwardedFor(request.getHeaders("X-Forwarded-For")), proxies);
    }

    /**
     * Every X-Forwarded-For line of a request, in order, as one list. A proxy may add a line of its own after the
     * client's instead of appending to it (HAProxy's {@code option forwardfor} does): the first line alone would be
     * what the client wrote, e.g. a private address that opens the console.
     */
    static String forwardedFor(Enumeration<String> lines) {
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(lines));
    }

    /**
     * The client as the last trusted hop saw it: walk X-Forwarded-For from the right while the hop is a trusted
     * proxy. Entries further left were written by the client and prove nothing.
     */
    static String clientAddress(String remote, String forwardedFor, NetworkAllowList proxies) {
        String client = remote;
        if (forwardedFor == null || proxies.isEmpty()) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && proxies.contains(client); i--) {
            client = hops[i].strip();
        }
        return client;
    }
}
