package nl.techniekpact;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: every module declares the modules it may use ({@code @ApplicationModule(allowedDependencies
 * = …)} in its {@code package-info.java}, as docs/architecture.md lists them); no module reaches into another's
 * internals or uses one it has not declared; no cycles. The module diagrams are written to {@code target/modules}
 * (generated, not tracked: a test run leaves the working tree as it was). Which tables a module may name in its
 * SQL is checked by {@link TableOwnershipTest}.
 */
class ModularityTests {

    static final Path DIAGRAMS = Path.of("target", "modules");

    private final ApplicationModules modules = ApplicationModules.of(TechniekpactApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsIntoTarget() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(DIAGRAMS.resolve("components.puml")).exists()
                .content().contains("\"Pact\"").contains("\"Monitor\"").contains("\"Importers\"").contains("\"Charts\"");
    }
}
