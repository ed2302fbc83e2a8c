package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import it.albopec.AlboPecApplication;
import it.albopec.testsupport.HttpUser;
import it.albopec.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Only the configured load balancer may say who the client is. The production profile with no proxy configured trusts
 * nobody: a request from a private address (here the loopback, which Tomcat's default list trusts) that claims to come
 * from elsewhere in {@code X-Forwarded-For} is counted by the login throttle under its real address. IPv6 clients are
 * counted by their /64.
 */
class TrustedProxiesTest {

    static ConfigurableApplicationContext prod;

    @BeforeAll
    static void startProductionProfile() {
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            prod = new SpringApplicationBuilder(AlboPecApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run("--spring.profiles.active=prod",
                            "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                            "--spring.datasource.username=root",
                            "--spring.datasource.password=",
                            "--spring.datasource.hikari.pool-name=prod-profile",
                            "--vaadin.productionMode=false",
                            "--albopec.mailbox.lifecycle-cron=-",
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--spring.main.banner-mode=off");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
    }

    @AfterAll
    static void stop() {
        if (prod != null) {
            SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
            try {
                prod.getBean(JdbcTemplate.class).update("DELETE FROM login_throttle WHERE throttle_key LIKE 'addr:%' OR throttle_key = 'user:nobody.xff'");
                prod.close();
            } finally {
                SecurityContextHolder.setContextHolderStrategy(suites);
            }
        }
    }

    @Test
    void aForwardedForHeaderFromAnUnconfiguredProxyIsIgnored() throws Exception {
        int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
        JdbcTemplate jdbc = prod.getBean(JdbcTemplate.class);
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key IN ('addr:127.0.0.1', 'addr:203.0.113.9')");

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Map<String, String> csrf = HttpUser.csrfMeta(page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "nobody.xff");
        form.put("password", "wrong");
        form.put(csrf.getOrDefault("_csrf_parameter", "_csrf"), csrf.get("_csrf"));
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.9")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(HttpUser.location(login)).hasValueSatisfying(url -> assertThat(url).contains("error"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = 'addr:203.0.113.9'", Integer.class))
                .as("the address the client claimed").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = 'addr:127.0.0.1'", Integer.class))
                .as("the address the request came from").isOne();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"))
                .isEqualTo(LoginThrottle.addressKey("2001:0db8:0001:0002:ffff:0:0:1%eth0".replace("%eth0", "")))
                .isEqualTo("addr:2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
        assertThat(LoginThrottle.addressKey("192.0.2.7")).isEqualTo("addr:192.0.2.7");
        assertThat(LoginThrottle.addressKey("::ffff:192.0.2.7")).isEqualTo("addr:192.0.2.7");
    }
}
