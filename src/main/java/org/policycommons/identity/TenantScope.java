package org.policycommons.identity;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work as one district when there is no signed-in session to say which: during sign-in itself, in scheduled
 * jobs and in tests. Everywhere else the district comes from the session, never from a parameter. Work handed to
 * another thread (e.g. {@code @Async}) does not carry the scope along, and so sees no district at all.
 */
public final class TenantScope {

    private static final ThreadLocal<Long> DISTRICT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T callAs(long districtId, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A transaction keeps the district it began with; switching inside it would silently do nothing.
            throw new IllegalStateException("TenantScope must be entered outside a transaction");
        }
        Long previous = DISTRICT.get();
        DISTRICT.set(districtId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                DISTRICT.remove();
            } else {
                DISTRICT.set(previous);
            }
        }
    }

    public static void runAs(long districtId, Runnable work) {
        callAs(districtId, () -> {
            work.run();
            return null;
        });
    }

    /** The district explicitly in scope on this thread, if any; {@link CurrentDistrict} is what to ask. */
    static Long explicitDistrict() {
        return DISTRICT.get();
    }
}
