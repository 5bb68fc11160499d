package org.policycommons.publicsite;

import org.junit.jupiter.api.Tag;

/** The public pages under load without keeping any page (as the tests run): every request is drawn from the database. */
@Tag("benchmark")
class PublicPagesWithoutKeepingBenchmark extends PublicPagesLoad {

    @Override
    String reportName() {
        return "public-pages-without-keeping.txt";
    }

    @Override
    java.time.Duration keptFor() {
        return java.time.Duration.ZERO;
    }

    @Override
    boolean measuresHeap() {
        return false;
    }
}
