package nl.techniekpact;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session for integration tests: cookies, CSRF token from the last page, form posts. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient client;
    private final String forwardedFor;
    private String csrf;

    public WebSession(int port) {
        this(port, null);
    }

    /**
     * A session whose requests say, in {@code X-Forwarded-For}, that they come from {@code clientAddress}: the
     * tests run with 127.0.0.1 as a trusted proxy, so the platform counts them under that address.
     */
    public WebSession(int port, String clientAddress) {
        this(port, clientAddress, new CookieManager());
    }

    private WebSession(int port, String clientAddress, CookieManager cookies) {
        this.port = port;
        this.forwardedFor = clientAddress;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies: the session) talking to another port: another instance, or a proxy. */
    public WebSession onPort(int otherPort) {
        return new WebSession(otherPort, forwardedFor, cookies);
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form with a current CSRF token of this session (as a browser posting a form it just loaded). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        get("/password/forgot");
        return postWithToken(path, form);
    }

    private HttpResponse<String> postWithToken(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null && !fields.containsKey("_csrf")) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form whose fields may repeat (check boxes): {@code name, value, name, value …}. */
    public HttpResponse<String> postPairs(String path, String... namesAndValues) {
        get("/password/forgot");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(namesAndValues[i])).append('=')
                    .append(enc(namesAndValues[i + 1]));
        }
        if (csrf != null) {
            body.append("&_csrf=").append(enc(csrf));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts a multipart form (text fields and files named {@code file}) with a current CSRF token. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> form, Map<String, byte[]> files) {
        get("/password/forgot");
        String boundary = "----tp" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((fileName, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a form without any CSRF token. */
    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
        String saved = csrf;
        csrf = null;
        try {
            return postWithToken(path, form);
        } finally {
            csrf = saved;
        }
    }

    public HttpResponse<String> login(String email, String password) {
        get("/login");
        return postWithToken("/login", Map.of("email", email, "password", password));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
