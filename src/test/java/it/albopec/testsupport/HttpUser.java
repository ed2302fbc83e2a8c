package it.albopec.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-less user of the running app over plain HTTP: keeps its JSESSIONID cookie by hand (so that
 * a test can read, keep and replay it), follows no redirect, and signs in the way the login form does —
 * GET /login, read the CSRF token from the page's {@code <meta name="_csrf">}, POST /login.
 */
public final class HttpUser {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter|_header)?)\" content=\"([^\"]*)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]*)");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private String sessionId;

    public HttpUser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static HttpUser onPort(int port) {
        return new HttpUser("http://localhost:" + port);
    }

    /** The current JSESSIONID, or null before the server gave one. */
    public String sessionId() {
        return sessionId;
    }

    /** Replays a session cookie, e.g. one kept from before a logout. */
    public HttpUser withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form; returns the answer to the POST (a redirect: to the app, or to /login?error). */
    public HttpResponse<String> logIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Map<String, String> csrf = csrfMeta(page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put(csrf.getOrDefault("_csrf_parameter", "_csrf"), csrf.get("_csrf"));
        return post("/login", form);
    }

    /** Signs out the way the logout filter expects: POST /logout with the CSRF token of a page of this session. */
    public HttpResponse<String> logOut() {
        Map<String, String> csrf = csrfMeta(get("/").body());
        return post("/logout", Map.of(csrf.getOrDefault("_csrf_parameter", "_csrf"), csrf.get("_csrf")));
    }

    /** The {@code _csrf}, {@code _csrf_parameter} and {@code _csrf_header} meta tags of a page. */
    public static Map<String, String> csrfMeta(String html) {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf")) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return meta;
    }

    public static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.find()) {
                    sessionId = m.group(1).isEmpty() ? null : m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
