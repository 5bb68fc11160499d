package org.policycommons.cycle.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.district.DistrictOwned;

/**
 * A phase row. Whether it is open is computed from its dates in the district's time zone, and from when an admin
 * opened or closed it early, at the moment of asking: no job has to run for a window to close.
 */
@Entity
@Table(name = "review_phase")
public class PhaseRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false, updatable = false)
    private CycleRecord cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private PhaseKind kind;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "opened_early_reason", length = 1000)
    private String openedEarlyReason;

    @Column(name = "closed_early_reason", length = 1000)
    private String closedEarlyReason;

    protected PhaseRecord() {
    }

    PhaseRecord(CycleRecord cycle, PhaseWindow window) {
        this.cycle = cycle;
        this.kind = window.kind();
        this.opensOn = window.opensOn();
        this.closesOn = window.closesOn();
    }

    public PhaseKind kind() {
        return kind;
    }

    public PhaseWindow window() {
        return new PhaseWindow(kind, opensOn, closesOn);
    }

    /** The scheduled start, or when it actually opened if that was earlier (opened early by an admin). */
    public Instant opensAt(ZoneId zone) {
        Instant scheduled = opensOn.atStartOfDay(zone).toInstant();
        return openedAt != null && openedAt.isBefore(scheduled) ? openedAt : scheduled;
    }

    /** The end of the last day of the window (the start of the next day), or when it was closed early. The
     * scheduler records a closing a little after the fact; the earlier of the two counts. */
    public Instant closesAt(ZoneId zone) {
        Instant scheduled = closesOn == null ? null : closesOn.plusDays(1).atStartOfDay(zone).toInstant();
        if (closedAt == null) {
            return scheduled;
        }
        return scheduled != null && scheduled.isBefore(closedAt) ? scheduled : closedAt;
    }

    /** Whether the opening was already recorded (by the scheduler or an early opening). */
    public boolean openingRecorded() {
        return openedAt != null;
    }

    public boolean closingRecorded() {
        return closedAt != null;
    }

    public Long id() {
        return id;
    }

    public PhaseState stateAt(Instant now, ZoneId zone) {
        Instant closesAt = closesAt(zone);
        if (closesAt != null && !now.isBefore(closesAt)) {
            return PhaseState.CLOSED;
        }
        return now.isBefore(opensAt(zone)) ? PhaseState.UPCOMING : PhaseState.OPEN;
    }

    public void reschedule(LocalDate newOpensOn, LocalDate newClosesOn) {
        this.opensOn = newOpensOn;
        this.closesOn = newClosesOn;
    }

    public void openEarly(Instant now, String reason) {
        this.openedAt = now;
        this.openedEarlyReason = reason;
    }

    public void closeEarly(Instant now, String reason) {
        this.closedAt = now;
        this.closedEarlyReason = reason;
    }

    public Phase toPhase(Instant now, ZoneId zone) {
        return new Phase(kind, opensOn, closesOn, stateAt(now, zone), opensAt(zone), closesAt(zone),
                java.util.Optional.ofNullable(openedEarlyReason), java.util.Optional.ofNullable(closedEarlyReason),
                now.atZone(zone).toLocalDate());
    }
}
