package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import it.albopec.AlboPecApplication;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.HttpUser;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Sign-outs reach every node: a user signed in on a SECOND application node (its own context, web server and session
 * registry, on this run's database) loses that session when an ADMIN of the first node disables them or resets their
 * password, within the security stamp's cache period.
 */
@AlboPecTest
class SignOutEveryNodeTest {

    static ConfigurableApplicationContext secondNode;
    static final Duration STAMP_CACHE = Duration.ofSeconds(1);

    @Autowired UserAdministration administration;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondNode() {
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            secondNode = new SpringApplicationBuilder(AlboPecApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run("--spring.profiles.active=test",
                            "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                            "--spring.datasource.username=root",
                            "--spring.datasource.password=",
                            "--spring.datasource.hikari.pool-name=second-node-sessions",
                            "--albopec.demo-data=false",
                            "--albopec.mailbox.lifecycle-cron=-",
                            "--albopec.security.stamp-cache=" + STAMP_CACHE.toMillis() + "ms",
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--spring.main.banner-mode=off");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
            try {
                secondNode.close();
            } finally {
                SecurityContextHolder.setContextHolderStrategy(suites);
            }
        }
    }

    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void disablingAUserOnOneNodeEndsTheirSessionOnTheOther() throws Exception {
        var user = createdOnFirstNode("nodo.disattivato.po");
        HttpUser onSecondNode = signedInOnSecondNode(user);

        signIn.as("admin.po");
        administration.setEnabled(user.user().id(), user.user().version(), false);
        Thread.sleep(STAMP_CACHE.toMillis() + 500);

        assertThat(HttpUser.location(onSecondNode.get("/"))).as("sent to the login page")
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void resettingAPasswordOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        var user = createdOnFirstNode("nodo.reimpostato.po");
        HttpUser onSecondNode = signedInOnSecondNode(user);
        HttpUser stillSignedIn = signedInOnSecondNode(createdOnFirstNode("nodo.collega.po"));

        signIn.as("admin.po");
        administration.resetPassword(user.user().id());
        Thread.sleep(STAMP_CACHE.toMillis() + 500);

        assertThat(HttpUser.location(onSecondNode.get("/"))).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
        assertThat(stillSignedIn.get("/").statusCode()).as("a colleague's session goes on").isEqualTo(200);
    }

    private UserAdministration.CreatedUser createdOnFirstNode(String username) {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser(username, "Sessione", null, AppRoles.FINANCE));
        signIn.out();
        return created;
    }

    private static HttpUser signedInOnSecondNode(UserAdministration.CreatedUser user) {
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        HttpUser http = HttpUser.onPort(port);
        var login = http.logIn(user.user().username(), user.temporaryPassword());
        assertThat(HttpUser.location(login)).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        assertThat(http.get("/").statusCode()).as("signed in on the second node").isEqualTo(200);
        return http;
    }
}
