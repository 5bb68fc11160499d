package org.policycommons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package layout is the architecture: modules use each other only through their public API, without cycles,
 * and docs/architecture.md names every module there is.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PolicyCommonsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theArchitectureDocumentNamesEveryModule() throws IOException {
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        for (ApplicationModule module : modules) {
            assertThat(architecture).as("docs/architecture.md mentions module %s", module.getIdentifier())
                    .contains("`" + module.getBasePackage().getName() + "`");
        }
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
