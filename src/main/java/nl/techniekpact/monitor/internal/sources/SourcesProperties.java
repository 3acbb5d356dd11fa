package nl.techniekpact.monitor.internal.sources;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the live sources are fetched from and how patiently. The base URLs end in {@code /}; a table's
 * resources are {@code <base><TABLE>/Observations} (v4) and {@code <base><TABLE>/TypedDataSet} (v3). Tests point
 * them at a local server that replays recorded responses.
 *
 * @param maxDownloadBytes the most one response may hold; a larger one fails the run (nothing is imported)
 * @param maxPages         the most data pages one table may have (a guard against a next link that loops)
 */
@ConfigurationProperties("techniekpact.sources")
record SourcesProperties(String cbsOdata4BaseUrl, String cbsOdata3BaseUrl, Duration connectTimeout,
                         Duration readTimeout, Long maxDownloadBytes, Integer maxPages) {

    SourcesProperties {
        cbsOdata4BaseUrl = withSlash(cbsOdata4BaseUrl == null ? "https://datasets.cbs.nl/odata/v1/CBS/" : cbsOdata4BaseUrl);
        cbsOdata3BaseUrl = withSlash(cbsOdata3BaseUrl == null ? "https://opendata.cbs.nl/ODataApi/odata/" : cbsOdata3BaseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofMinutes(2) : readTimeout;
        maxDownloadBytes = maxDownloadBytes == null ? 200L * 1024 * 1024 : maxDownloadBytes;
        maxPages = maxPages == null ? 1000 : maxPages;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
