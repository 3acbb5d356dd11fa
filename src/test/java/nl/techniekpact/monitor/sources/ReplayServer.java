package nl.techniekpact.monitor.sources;

import static nl.techniekpact.monitor.MonitorFixtures.CBS_DIR;
import static nl.techniekpact.monitor.MonitorFixtures.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on 127.0.0.1 that replays recorded responses in place of CBS and DUO: a response is found
 * by the request's path, plus {@code ?skip=N} when the query has a {@code $skip} (a data page); anything not
 * recorded answers 404. Point {@code techniekpact.sources.cbs-odata4-base-url} at {@link #url(String) url("/v4/")}
 * and {@code …cbs-odata3-base-url} at {@code url("/v3/")}.
 */
public final class ReplayServer implements AutoCloseable {

    private static final Pattern SKIP = Pattern.compile("\\$skip=(\\d+)");

    private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    private ReplayServer(HttpServer server) {
        this.server = server;
    }

    public static ReplayServer start() {
        try {
            ReplayServer replay = new ReplayServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            replay.server.createContext("/", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                Matcher skip = query == null ? null : SKIP.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8));
                String key = exchange.getRequestURI().getPath() + (skip != null && skip.find() ? "?skip=" + skip.group(1) : "");
                replay.requests.add(key);
                byte[] body = replay.responses.get(key);
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            replay.server.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code key} (a path, or a path and {@code ?skip=N}) with {@code body}. */
    public void record(String key, byte[] body) {
        responses.put(key, body);
    }

    /**
     * The real OData v3 recordings of CBS table 80137NED (jobs by sector, 2001–2005), served under the table
     * identifier given, so one recording can stand for several sources.
     */
    public void recordV3Jobs(String table) {
        record("/v3/" + table + "/DataProperties", recorded("meta_7.json"));
        record("/v3/" + table + "/Persoonskenmerken", recorded("meta_4.json"));
        record("/v3/" + table + "/BedrijfstakkenSBI93", recorded("meta_5.json"));
        record("/v3/" + table + "/Perioden", recorded("meta_6.json"));
        record("/v3/" + table + "/TypedDataSet", recorded("meta_8.json"));
    }

    /** A real CBS recording from the open-data bundle. */
    public static byte[] recorded(String name) {
        return file(CBS_DIR + "/" + name).content();
    }

    /** The keys requested so far, in order. */
    public List<String> requests() {
        return requests;
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
