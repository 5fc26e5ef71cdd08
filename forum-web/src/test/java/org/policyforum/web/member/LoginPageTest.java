package org.policyforum.web.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void returnsOnlyToPathsOfThisSite() {
        assertEquals(
                "/admin/members.xhtml?q=%ED%99%8D",
                LoginPage.samePath("http://localhost:8080/admin/members.xhtml?q=%ED%99%8D"));
        assertEquals("/account", LoginPage.samePath("https://forum.seoul.go.kr/account/index.xhtml"));
        assertEquals(
                "/topics/5?order=new",
                LoginPage.samePath("http://localhost:8080/topic.xhtml?id=5&order=new"),
                "a page the login guard saved goes back to its clean address");
        assertEquals(
                "/x",
                LoginPage.samePath("//evil.example/x"),
                "of another host only the path is kept: it stays on this site");
        assertNull(LoginPage.samePath("http://x//evil.example/"));
        assertNull(LoginPage.samePath("not a url"));
        assertNull(LoginPage.samePath(null));
    }
}
