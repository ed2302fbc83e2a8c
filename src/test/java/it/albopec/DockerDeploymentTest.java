package it.albopec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The scale-out deployment in {@code docker/}: HAProxy's statistics page (nodes, health, traffic) is reachable from the
 * Docker host only and behind a password; the app nodes trust forwarded client addresses from the load balancer only.
 */
class DockerDeploymentTest {

    final String haproxy = read("docker/haproxy.cfg");
    final String compose = read("docker/compose.scale-out.yml");

    @Test
    void theStatisticsPageAsksForAPasswordFromTheEnvironment() {
        String stats = section(haproxy, "frontend stats");
        assertThat(stats).containsPattern("(?m)^\\s*stats auth \"?\\w+:\\$\\{HAPROXY_STATS_PASSWORD}\"?\\s*$");
        assertThat(compose).contains("HAPROXY_STATS_PASSWORD: ${HAPROXY_STATS_PASSWORD:?");
        assertThat(read("docker/env.example")).contains("HAPROXY_STATS_PASSWORD=");
    }

    @Test
    void theStatisticsPortIsPublishedOnTheHostsLoopbackOnly() {
        List<String> published = Pattern.compile("(?m)^\\s*- \"([^\"]*8404)\"").matcher(compose).results().map(m -> m.group(1)).toList();
        assertThat(published).allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
    }

    @Test
    void theNodesTrustTheLoadBalancerAndNobodyElse() {
        Matcher trusted = Pattern.compile("ALBOPEC_TRUSTED_PROXIES: (\\S+)").matcher(compose);
        Matcher lb = Pattern.compile("ipv4_address: (\\S+)").matcher(compose);
        assertThat(trusted.find()).isTrue();
        assertThat(lb.find()).isTrue();
        Pattern proxies = Pattern.compile(trusted.group(1));
        assertThat(proxies.matcher(lb.group(1)).matches()).isTrue();
        String sameSubnet = lb.group(1).replaceAll("\\.\\d+$", ".11");
        assertThat(proxies.matcher(sameSubnet).matches()).as("another container of the network").isFalse();
        assertThat(section(haproxy, "frontend web")).contains("http-request del-header X-Forwarded-For");
    }

    private static String section(String config, String header) {
        int start = config.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        Matcher next = Pattern.compile("(?m)^\\S").matcher(config);
        int end = next.find(start + header.length()) ? next.start() : config.length();
        return config.substring(start, end);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
