package org.policycommons.publicsite;

/** A public page asked for with a parameter out of range: answered with a 400 page saying which, in words. */
class PublicBadRequest extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    PublicBadRequest(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
