package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bundle's files are offered for download where their licence allows passing them on; a compilation without
 * such a licence (the City Deals scheme lists) is read by the platform but not offered, and the page says why.
 */
@PlatformIntegrationTest
class OpenDataDownloadIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void onlyFilesWhoseLicenceAllowsItAreOffered() {
        Http http = new Http(port);
        assertThat(http.get("/open-data/cbs-gemeente-regios-2010-2026/municipalities.csv").statusCode()).isEqualTo(200);
        assertThat(http.get("/open-data/subsidieregelingen-citydeals-2022/Circulair-Bouwen.csv").statusCode())
                .as("no licence to pass it on").isEqualTo(404);
        assertThat(http.get("/open-data/subsidieregelingen-citydeals-2022/SOURCE.md").statusCode())
                .as("where it comes from is always told").isEqualTo(200);
        String page = http.get("/open-data").body();
        assertThat(page).contains("Circulair-Bouwen.csv", "niet te downloaden")
                .doesNotContain("/open-data/subsidieregelingen-citydeals-2022/Circulair-Bouwen.csv");
    }
}
