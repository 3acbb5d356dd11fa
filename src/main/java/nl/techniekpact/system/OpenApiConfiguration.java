package nl.techniekpact.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description as its users read it (at /api and /v3/api-docs): the platform's open data API, what it
 * offers, and the personal API token as its security scheme, so the explorer's "Authorize" button sends
 * {@code Authorization: Bearer tpk_…}. Reading published data needs no token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI techniekpactOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Open data-API van het Nationaal Techniekpact")
                        .version("v1")
                        .description("""
                                De open data van het Nationaal Techniekpact: de edities, acties, doelen en thema's met \
                                hun stand van zaken, de partners en regio's; de indicatoren, reeksen, vergelijkingen en \
                                bronnen van de monitor; de voortgangsrapportages en factsheets; het aanbod van het \
                                Loket, de regelingen en ESCO. Gepubliceerde gegevens vragen geen sleutel. Partners en \
                                het programmabureau rapporteren en beheren met een persoonlijke API-sleutel, te maken \
                                op /account: kies "Authorize" en plak de sleutel (tpk_…). \
                                — The open data of the Dutch National Technology Pact; published data needs no token, \
                                reporting and management use a personal API token from /account.""")
                        .license(new License().name("Open data: see /open-data for each source's licence")
                                .url("/open-data")))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tpk_…")
                        .description("A personal API token from /account (Authorization: Bearer tpk_…)")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
