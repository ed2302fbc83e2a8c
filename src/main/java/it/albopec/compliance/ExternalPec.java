package it.albopec.compliance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A PEC address the member communicated outside the convention (their own provider). It counts as digital domicile
 * while VALID; once a message bounced or it was reported closed, it is INVALID from that day.
 */
@Entity
@Table(name = "external_pec")
class ExternalPec {

    enum State { VALID, INVALID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "invalid_since")
    private LocalDate invalidSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "invalid_reason")
    private InvalidReason invalidReason;

    @Column(name = "invalid_note")
    private String invalidNote;

    protected ExternalPec() {}

    static ExternalPec of(long orderId, long memberId) {
        var pec = new ExternalPec();
        pec.orderId = orderId;
        pec.memberId = memberId;
        return pec;
    }

    /** A (new) valid address replaces whatever was recorded. */
    void recordValid(String address, LocalDate on, String by) {
        this.address = address;
        this.state = State.VALID;
        this.recordedOn = on;
        this.recordedBy = by;
        this.invalidSince = null;
        this.invalidReason = null;
        this.invalidNote = null;
    }

    void markInvalid(InvalidReason reason, String note, LocalDate on) {
        this.state = State.INVALID;
        this.invalidSince = on;
        this.invalidReason = reason;
        this.invalidNote = note;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getOrderId() { return orderId; }
    long getMemberId() { return memberId; }
    String getAddress() { return address; }
    State getState() { return state; }
    LocalDate getInvalidSince() { return invalidSince; }
    InvalidReason getInvalidReason() { return invalidReason; }

    ExternalAddress toAddress() {
        return new ExternalAddress(memberId, version, address, state == State.VALID, recordedOn, recordedBy, invalidSince, invalidReason, invalidNote);
    }
}
