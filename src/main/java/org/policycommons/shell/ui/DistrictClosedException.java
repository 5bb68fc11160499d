package org.policycommons.shell.ui;

/** A page of a district that a platform operator has deactivated: nobody may sign in to it any more. */
class DistrictClosedException extends RuntimeException {

    DistrictClosedException(String slug) {
        super("District " + slug + " is deactivated");
    }
}
