package org.policycommons.embedded;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs before any bean is made (so before the database or Keycloak is reached): a configuration with an unsafe
 * secret does not start. Each setting to change is one log line; the start-up then fails, and the process exits
 * non-zero.
 */
@Component
final class SecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    private static final Logger log = LoggerFactory.getLogger(SecretsCheck.class);

    private Environment environment;

    /** Before the other post-processors, some of which already reach for the database. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<UnsafeSecrets.Refusal> refusals = UnsafeSecrets.of(environment);
        if (refusals.isEmpty()) {
            return;
        }
        refusals.forEach(refusal -> log.error(refusal.message()));
        throw new UnsafeSecretException(refusals);
    }

    /** Why the portal did not start; {@link UnsafeSecretFailureAnalyzer} says it without a stack trace. */
    static final class UnsafeSecretException extends IllegalStateException {
        private final transient List<UnsafeSecrets.Refusal> refusals;

        UnsafeSecretException(List<UnsafeSecrets.Refusal> refusals) {
            super(String.join(" ", refusals.stream().map(UnsafeSecrets.Refusal::message).toList()));
            this.refusals = refusals;
        }

        List<UnsafeSecrets.Refusal> refusals() {
            return refusals;
        }
    }
}
