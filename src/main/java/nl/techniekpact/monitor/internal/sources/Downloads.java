package nl.techniekpact.monitor.internal.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import org.springframework.stereotype.Component;

/**
 * HTTP GET with the limits of {@link SourcesProperties}: a connect and a read timeout, and at most
 * {@code maxDownloadBytes} per response, counted while reading (a server's Content-Length is not trusted).
 * Every failure is a {@link SourceFailed} that names the address.
 */
@Component
class Downloads {

    private final SourcesProperties properties;
    private final HttpClient client;

    Downloads(SourcesProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    byte[] get(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new SourceFailed("bad-address", url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout())
                .header("Accept", "application/json, text/csv, */*").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    throw new SourceFailed("not-found", url);
                }
                if (response.statusCode() / 100 != 2) {
                    throw new SourceFailed("http-status", url, response.statusCode());
                }
                byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, properties.maxDownloadBytes() + 1));
                if (content.length > properties.maxDownloadBytes()) {
                    throw new SourceFailed("too-large", url, properties.maxDownloadBytes() / (1024 * 1024));
                }
                return content;
            }
        } catch (HttpTimeoutException e) {
            throw new SourceFailed("timeout", url);
        } catch (ConnectException | UnknownHostException e) {
            throw new SourceFailed("unreachable", url);
        } catch (IOException e) {
            throw new SourceFailed("unreachable", url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailed("unreachable", url);
        }
    }

    /** A JSON document from {@code url}; anything else (an HTML error page) is {@code not-json}. */
    byte[] json(String url) {
        byte[] content = get(url);
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i >= content.length || content[i] != '{') {
            throw new SourceFailed("not-json", url);
        }
        return content;
    }
}
