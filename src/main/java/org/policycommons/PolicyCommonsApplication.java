package org.policycommons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Policy Commons: one portal, many school districts, each reviewing its school resource officer policy.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
// New comments and replies reach open pages as they are posted (docs/decisions/008).
@Push
public class PolicyCommonsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PolicyCommonsApplication.class, args);
    }
}
