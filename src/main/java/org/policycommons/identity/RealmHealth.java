package org.policycommons.identity;

/** How a district's Keycloak realm is doing, as the portal's own service account in it sees it. */
public interface RealmHealth {

    /**
     * @param state     whether the realm answered and takes sign-ins
     * @param users     how many users the realm lists (as Keycloak counts them), if it answered
     * @param problem   what went wrong, for the operator, if it did not answer
     */
    record RealmStatus(State state, Long users, String problem) {
    }

    enum State {
        /** Answers, and takes sign-ins. */
        AVAILABLE,
        /** Answers, but sign-ins are turned off. */
        DISABLED,
        /** Did not answer, or refused the portal. */
        UNREACHABLE;

        public String translationKey() {
            return "operator.realm." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    RealmStatus check(String realm);
}
