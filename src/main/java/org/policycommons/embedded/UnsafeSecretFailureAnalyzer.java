package org.policycommons.embedded;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused secret into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
public class UnsafeSecretFailureAnalyzer extends AbstractFailureAnalyzer<SecretsCheck.UnsafeSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretsCheck.UnsafeSecretException cause) {
        String settings = cause.refusals().stream().map(UnsafeSecrets.Refusal::message)
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(settings,
                "Set each named variable to a secret of your own. The demo values work only with the embedded "
                        + "Keycloak and MariaDB, or with the 'demo' profile.", cause);
    }
}
