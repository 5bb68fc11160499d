package org.policycommons.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only download (on the test classpath alone) that fails as no real one should, outside Vaadin's pages. */
@RestController
class FailingTestDownload {

    @GetMapping("/d/springfield/test-only/download")
    String download() {
        throw new IllegalStateException("org.hibernate.exception.SQLGrammarException: test-only failure in a download");
    }
}
