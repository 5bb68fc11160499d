package org.policycommons.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.policycommons.common.RuleViolation;
import org.policycommons.support.PortalIntegrationTest;

/**
 * Metrics for Prometheus answer on the management port only, with the outbox gauges and the counters of comments,
 * ballots and refusals; the public port has health probes for load balancers and no metrics.
 */
class OperationsEndpointsTest extends PortalIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusMetricsAreOnTheManagementPortAndNotThePublicOne() throws Exception {
        new RuleViolation("test.refusal-counted");
        HttpResponse<String> metrics = get("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("portal_notices_outbox_backlog", "portal_notices_mail_failed",
                        "portal_refusals_total{reason=\"test.refusal-counted\"} 1.0")
                .contains("jvm_memory_used_bytes");

        assertThat(get(portalUrl() + "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(get(portalUrl() + "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(portalUrl() + "/livez").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
