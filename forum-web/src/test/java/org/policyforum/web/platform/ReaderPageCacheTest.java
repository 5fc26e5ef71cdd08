package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which requests the readers' cache may answer with a copy, and under which name: {@link ReaderPageCache#key}. */
class ReaderPageCacheTest {

    @Test
    void aReadersIdeaListIsCopiedPerFilterAndPage() {
        String first = ReaderPageCache.key(get("/ideas.xhtml", Map.of("sort", "SUPPORTS", "category", "3")));
        String fiftieth =
                ReaderPageCache.key(get("/ideas.xhtml", Map.of("sort", "SUPPORTS", "category", "3", "page", "50")));
        assertEquals("/ideas|ko|{category=3, sort=SUPPORTS}", first);
        assertNotEquals(first, fiftieth);
        assertEquals(first, ReaderPageCache.key(get("/ideas.xhtml", Map.of("category", "3", "sort", "SUPPORTS"))));
    }

    @Test
    void eachPageKeepsToItsOwnParameters() {
        // a topic page's parameter on the list, or the list's on a topic page: not a plain view, rendered as asked
        assertNull(ReaderPageCache.key(get("/ideas.xhtml", Map.of("id", "3"))));
        assertNull(ReaderPageCache.key(get("/topic.xhtml", Map.of("id", "3", "category", "3"))));
        assertEquals("/topics/3|ko|{}", ReaderPageCache.key(get("/topic.xhtml", Map.of("id", "3"))));
        assertEquals(
                "/topics/3|ko|{order=NEWEST}",
                ReaderPageCache.key(get("/topic.xhtml", Map.of("order", "NEWEST", "id", "3"))),
                "named by the clean address the links and the old addresses' redirect lead to");
        assertNull(ReaderPageCache.key(get("/topic.xhtml", Map.of("id", "abc"))), "no page without a plain id");
    }

    @Test
    void longSearchesAndOtherPagesAreNotCopied() {
        assertNull(ReaderPageCache.key(get("/ideas.xhtml", Map.of("q", "자전거도로 그늘막 설치 야간 조명 개선 요청"))));
        assertNull(ReaderPageCache.key(get("/idea.xhtml", Map.of("id", "3"))));
    }

    private static HttpServletRequest get(String path, Map<String, String> parameters) {
        Map<String, String[]> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new String[] {value}));
        return (HttpServletRequest) Proxy.newProxyInstance(
                ReaderPageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getServletPath" -> path;
                    case "getRequestURI" -> path;
                    case "getParameterMap" -> values;
                    case "getParameter" -> parameters.get((String) args[0]);
                    default -> null;
                });
    }
}
