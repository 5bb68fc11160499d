package org.policycommons.publicsite;

/** No such district, version, section, clause or packet (or not one the public may read): a 404 page. */
class PublicNotFound extends RuntimeException {

    PublicNotFound() {
        super("not found", null, false, false);
    }
}
