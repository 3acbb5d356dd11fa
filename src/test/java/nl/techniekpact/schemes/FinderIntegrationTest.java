package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.schemes.finder.Localities;
import nl.techniekpact.schemes.finder.Locality;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finder on the running platform: places resolved to the pact's regions through the Loket's postcode areas,
 * the monitor's crosswalk and the pact's landsdelen (every persona's place included); each step a GET form that
 * sends the browser on with a usable answer and shows the error at the field and in the summary otherwise; the
 * result and the places to go as links in Dutch and English; bad input never a server error.
 */
@PlatformIntegrationTest
class FinderIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    Localities localities;

    Http http;

    @BeforeEach
    void crosswalk() {
        MonitorFixtures.loadCrosswalk(imports);
        http = new Http(port);
    }

    @Test
    void resolvesPostcodesMunicipalitiesAndProvincesToThePactsRegions() {
        assertThat(localities.resolve("3511 AB").locality()).extracting(Locality::provinceCode, Locality::landsdeelCode)
                .containsExactly("PV26", "TL02");
        assertThat(localities.resolve("3511 AB").locality().municipalityName()).isEqualTo("Utrecht");
        assertThat(localities.resolve("den haag").locality()).extracting(Locality::provinceCode, Locality::landsdeelCode)
                .containsExactly("PV28", null);
        assertThat(localities.resolve("Fryslân").locality().landsdeelCode()).isEqualTo("TL01");
        assertThat(localities.resolve("Nederland").locality().nationwide()).isTrue();
        assertThat(localities.resolve("0000").error()).isEqualTo("finder.error.plaats.postcodeUnknown");
        assertThat(localities.resolve("Middelburg").locality().provinceCode()).isEqualTo("PV29");
        assertThat(localities.resolve("Bergen").error()).isEqualTo("finder.error.plaats.ambiguous");
        assertThat(localities.resolve("Atlantis").error()).isEqualTo("finder.error.plaats.unknown");
        assertThat(localities.resolve(" ").error()).isEqualTo("finder.error.plaats.missing");
        assertThat(localities.resolve("x".repeat(101)).error()).isEqualTo("finder.error.plaats.tooLong");
    }

    @Test
    void everyPersonasPlaceResolvesToThePersonasProvinceAndLandsdeel() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (FinderPersonasTest.Persona p : FinderPersonasTest.personas()) {
            if (p.place() == null) {
                continue;
            }
            Localities.Resolution r = localities.resolve(p.place());
            soft.assertThat(r.error()).as(p.id() + ": " + p.place()).isNull();
            if (r.locality() != null) {
                soft.assertThat(r.locality().provinceCode()).as(p.id() + " province").isEqualTo(p.province());
                soft.assertThat(r.locality().landsdeelCode()).as(p.id() + " landsdeel").isEqualTo(p.landsdeel());
            }
        }
        soft.assertAll();
    }

    @Test
    void eachStepSendsTheBrowserOnOrShowsTheErrorAtTheFieldAndInTheSummary() {
        HttpResponse<String> start = http.get("/regelingen/vinden");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Wie bent u?", "Vraag 1 van 4", "name=\"wie\"").doesNotContain("utrecht-alert--error");

        HttpResponse<String> missing = http.get("/regelingen/vinden?verder=1");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("utrecht-alert--error", "href=\"#wie\"", "id=\"wie-error\"", "Kies wie u bent.");

        HttpResponse<String> on = http.get("/regelingen/vinden?wie=werkende&verder=1");
        assertThat(on.statusCode()).isEqualTo(302);
        assertThat(on.headers().firstValue("Location").orElseThrow()).endsWith("/regelingen/vinden/waar?wie=werkende");

        HttpResponse<String> unknownPlace = http.get("/regelingen/vinden/waar?wie=werkende&plaats=Atlantis&verder=1");
        assertThat(unknownPlace.statusCode()).isEqualTo(200);
        assertThat(unknownPlace.body()).contains("id=\"plaats-error\"", "Wij kennen geen gemeente", "value=\"Atlantis\"",
                "aria-invalid=\"true\"");

        HttpResponse<String> place = http.get("/regelingen/vinden/waar?wie=werkende&plaats=3511+AB&verder=1");
        assertThat(place.headers().firstValue("Location").orElseThrow())
                .endsWith("/regelingen/vinden/wat?wie=werkende&plaats=3511%20AB");

        HttpResponse<String> skipped = http.get("/regelingen/vinden/wat?plaats=3511");
        assertThat(skipped.statusCode()).as("an earlier answer missing").isEqualTo(302);
        assertThat(skipped.headers().firstValue("Location").orElseThrow()).endsWith("/regelingen/vinden?plaats=3511");

        HttpResponse<String> changed = http.get("/regelingen/vinden?wie=zzp&plaats=3511&wat=scholing&wanneer=nu&verder=1");
        assertThat(changed.headers().firstValue("Location").orElseThrow()).as("an answer changed from the result")
                .endsWith("/regelingen/vinden/resultaat?wie=zzp&plaats=3511&wat=scholing&wanneer=nu");
        assertThat(missing.body()).contains("<title>Fout: Wie bent u?");

        HttpResponse<String> back = http.get("/regelingen/vinden?wie=zzp&plaats=3511");
        assertThat(back.statusCode()).as("a back link shows the answer chosen").isEqualTo(200);
        assertThat(back.body()).containsPattern("value=\"zzp\"[^>]*checked");
    }

    @Test
    void theResultIsALinkWithTheSchemesThatFitTheirReasonsAndThePlacesToGo() {
        HttpResponse<String> result = http.get("/regelingen/vinden/resultaat?wie=werkende&plaats=3511&wat=scholing&wanneer=nu");
        assertThat(result.statusCode()).isEqualTo(200);
        String body = result.body();
        String fitting = body.substring(0, body.indexOf("Regelingen die niet passen"));
        assertThat(fitting).contains("href=\"/regelingen/nl-leert-door\"", "Leren en ontwikkelen voor veel meer mensen",
                "De bron noemt geen periode waarin u kunt aanvragen.");
        assertThat(body.substring(body.indexOf("Waar kunt u terecht"))).contains("Zij-instroom in ICT-vacatures",
                "Servicepunt Techniek Utrecht-Flevoland", "UWV: zij-instroomtrajecten", "regel 259");
        assertThat(fitting).doesNotContain("href=\"/regelingen/mkb-idee\"", "href=\"/regelingen/slim\"");
        assertThat(body.substring(body.indexOf("Regelingen die niet passen"))).contains("href=\"/regelingen/mkb-idee\"",
                "gesloten op 27 augustus 2019");

        HttpResponse<String> english = http.get("/regelingen/vinden/resultaat?wie=werkende&plaats=3511&wat=scholing&wanneer=nu&lang=en");
        assertThat(english.body()).contains("Schemes that fit you", "The source gives no period in which you can apply.");

        HttpResponse<String> incomplete = http.get("/regelingen/vinden/resultaat?wie=werkende&plaats=3511&wat=iets");
        assertThat(incomplete.statusCode()).isEqualTo(302);
        assertThat(incomplete.headers().firstValue("Location").orElseThrow())
                .endsWith("/regelingen/vinden/wat?wie=werkende&plaats=3511");

        HttpResponse<String> zeeland = http.get("/regelingen/vinden/resultaat?wie=school&plaats=Middelburg&wat=scholing&wanneer=nu");
        assertThat(zeeland.body()).contains("De bronnen van het Techniekpact noemen hier geen plek");
    }

    @Test
    void theCareerAdvicePageListsThePlacesPerRegionAndSaysWhereTheSeedsNameNone() {
        HttpResponse<String> page = http.get("/regelingen/loopbaanadvies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Landsdeel Noord", "Scholingsalliantie Noord", "regel 237", "Leo-loopbaan.nl",
                "Rotterdamse Leerwerk-akkoord", "Zuid-Holland", "De bronnen van het Techniekpact noemen hier geen plek",
                "digitale provinciale LLO-portalen");
        assertThat(http.get("/regelingen/loopbaanadvies?lang=en").body()).contains("Career advice and training by region");
    }

    @Test
    void badInputIsAnsweredWithTheQuestionNeverWithAServerError() {
        String longPlace = URLEncoder.encode("Utrecht".repeat(40), StandardCharsets.UTF_8);
        HttpResponse<String> tooLong = http.get("/regelingen/vinden/waar?wie=werkende&verder=1&plaats=" + longPlace);
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Vul hooguit 100 tekens in.");
        String markup = URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8);
        HttpResponse<String> who = http.get("/regelingen/vinden?verder=1&wie=" + markup);
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("Kies een van de antwoorden").doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> twice = http.get("/regelingen/vinden?verder=1&wie=werkende&wie=zzp");
        assertThat(twice.statusCode()).isEqualTo(200);
        HttpResponse<String> place = http.get("/regelingen/vinden/waar?wie=werkende&verder=1&plaats=" + markup);
        assertThat(place.statusCode()).isEqualTo(200);
        assertThat(place.body()).doesNotContain("<script>alert(1)</script>");
    }
}
