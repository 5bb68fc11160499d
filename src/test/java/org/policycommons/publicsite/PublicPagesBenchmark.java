package org.policycommons.publicsite;

import org.junit.jupiter.api.Tag;

/** The public pages under load as in production: each page kept for 5 s once drawn (PublicPageCache). */
@Tag("benchmark")
class PublicPagesBenchmark extends PublicPagesLoad {

    @Override
    String reportName() {
        return "public-pages.txt";
    }

    @Override
    java.time.Duration keptFor() {
        return java.time.Duration.ofSeconds(5);
    }

    @Override
    boolean measuresHeap() {
        return true;
    }
}
