package org.policycommons.cycle;

public enum PhaseState {
    UPCOMING,
    OPEN,
    CLOSED
}
