package it.albopec.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albopec.testsupport.HttpUser;

/**
 * {@code ui_session_kb}: heap per signed-in UI session. In the running production app, N users (50 by
 * default, {@code -Dbench.sessions=}) sign in over HTTP and open the dashboard the way Vaadin's client
 * does — the bootstrap page, {@code ?v-r=init} (which creates the UI) and the {@code ui-navigate} event
 * (which builds the route's components). Live heap after a full GC is read before and after; the
 * difference divided by N is the figure. A few sessions opened first warm the app up.
 */
final class UiSessionBenchmark implements Benchmark {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern UI_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @Override
    public String name() {
        return "ui-sessions";
    }

    @Override
    public void run(Report report) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 50);
        try (ProductionApp app = ProductionApp.start("ui-sessions", List.of("-XX:+UseG1GC", "-Xmx1g"))) {
            app.awaitHealthy(Duration.ofMinutes(3));
            List<HttpUser> open = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                open.add(openDashboard(app));
            }
            long before = HeapProbe.liveHeapKb(app.pid());
            for (int i = 0; i < sessions; i++) {
                open.add(openDashboard(app));
            }
            long after = HeapProbe.liveHeapKb(app.pid());
            report.figure("ui_session_kb", (double) (after - before) / sessions, "KB");
            System.err.printf("[bench] live heap %d KB before, %d KB after %d sessions (%d open)%n", before, after, sessions, open.size());
        }
    }

    /** Signs the operator in and opens the dashboard route in a new UI; the session stays open. */
    private static HttpUser openDashboard(ProductionApp app) {
        HttpUser user = new HttpUser(app.baseUrl());
        HttpResponse<String> login = user.logIn(ProductionApp.OPERATOR, app.operatorPassword);
        if (login.statusCode() != 302 || HttpUser.location(login).orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode() + " " + HttpUser.location(login));
        }
        expectOk(user.get("/"), "bootstrap page");
        HttpResponse<String> init = expectOk(user.get("/?v-r=init&location=&query="), "UI init");
        String uiId = find(UI_ID, init.body(), "UI id");
        String key = find(UI_KEY, init.body(), "UI security key");
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate",\
                "data":{"route":"","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(key);
        HttpResponse<String> dashboard = expectOk(
                user.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", navigate), "navigation");
        if (!dashboard.body().contains("\"h1\"")) {
            throw new IllegalStateException("The dashboard was not rendered: " + dashboard.body());
        }
        return user;
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
        return response;
    }

    private static String find(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + what + " in " + body);
        }
        return m.group(1);
    }
}
