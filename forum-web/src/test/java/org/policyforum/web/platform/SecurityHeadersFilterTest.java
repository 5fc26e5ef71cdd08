package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String HSTS = "Strict-Transport-Security";

    @Test
    void anHttpsSiteSendsHstsAlsoBehindAProxyThatSpeaksPlainHttp() {
        assertEquals("max-age=31536000; includeSubDomains", headers(false, true).get(HSTS));
    }

    @Test
    void aRequestOverTlsGetsHstsWhateverTheSetting() {
        assertEquals("max-age=31536000; includeSubDomains", headers(true, false).get(HSTS));
    }

    @Test
    void aPlainHttpSiteSendsNoHsts() {
        assertNull(headers(false, false).get(HSTS));
    }

    private static Map<String, String> headers(boolean secureRequest, boolean httpsSite) {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secureRequest;
                    case "getRequestURI" -> "/topic.xhtml";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        SecurityHeadersFilter.apply(request, response, httpsSite);
        return headers;
    }

    private static ClassLoader getLoader() {
        return SecurityHeadersFilterTest.class.getClassLoader();
    }
}
