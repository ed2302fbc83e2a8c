package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The date rules of a mailbox's life, in one place: the daily job's SQL and the screens both follow them.
 */
public final class MailboxLifecycle {

    /** A mailbox is EXPIRING from this many days before its expiry. */
    public static final int EXPIRING_WINDOW_DAYS = 90;
    /** An EXPIRED mailbox can still be renewed this many days where the convention says nothing (the provider's rule). */
    public static final int RENEWAL_GRACE_DAYS = it.albopec.convention.ConventionDetails.PROVIDER_GENERAL_RENEWAL_DAYS;
    /**
     * The convention's renewal days of mailbox {@code b} in SQL (the daily job, and the entity's formula with the
     * mailbox's own columns): Foggia 0, the provider's general rule where the Order is silent.
     */
    static final String RENEWAL_DAYS_SQL = "(SELECT COALESCE(c.renewal_days_after_expiry, " + RENEWAL_GRACE_DAYS
            + ") FROM convention c WHERE c.id = convention_id)";

    private MailboxLifecycle() {}

    public static LocalDate expiringFrom(LocalDate expiresOn) {
        return expiresOn.minusDays(EXPIRING_WINDOW_DAYS);
    }

    /** The day the provider deletes an expired, unrenewed mailbox under the provider's general rule. */
    public static LocalDate deletionDate(LocalDate expiresOn) {
        return deletionDate(expiresOn, RENEWAL_GRACE_DAYS);
    }

    /**
     * The day an expired, unrenewed mailbox becomes unrecoverable: {@code renewalDays} after expiry (the expiry day
     * itself where the convention allows none: Foggia, "non potrà più essere recuperata").
     */
    public static LocalDate deletionDate(LocalDate expiresOn, int renewalDays) {
        return expiresOn.plusDays(renewalDays);
    }

    /** The state the calendar gives an activated mailbox on {@code today} under the provider's general rule. */
    public static MailboxState stateByDate(LocalDate expiresOn, LocalDate today) {
        return stateByDate(expiresOn, today, RENEWAL_GRACE_DAYS);
    }

    /** The state the calendar gives an activated mailbox on {@code today}, without any renewal. */
    public static MailboxState stateByDate(LocalDate expiresOn, LocalDate today, int renewalDays) {
        if (!today.isBefore(deletionDate(expiresOn, renewalDays))) {
            return MailboxState.DELETED;
        }
        if (!today.isBefore(expiresOn)) {
            return MailboxState.EXPIRED;
        }
        if (!today.isBefore(expiringFrom(expiresOn))) {
            return MailboxState.EXPIRING;
        }
        return MailboxState.ACTIVE;
    }

    /**
     * The day the mailbox will lapse when nothing is done, or empty when it renews by itself. A mailbox is at risk
     * when its payment does not renew automatically (bollettino, bank transfer, or renewal turned off) or when the
     * payment card expires before the term ends (Foggia: "qualora i dati della carta scadano nell'arco dei 3 anni").
     */
    public static Optional<LocalDate> lapseDate(boolean autoRenewal, YearMonth cardValidUntil, LocalDate expiresOn) {
        if (expiresOn == null) {
            return Optional.empty();
        }
        if (!autoRenewal) {
            return Optional.of(expiresOn);
        }
        if (cardValidUntil != null && cardValidUntil.atEndOfMonth().isBefore(expiresOn)) {
            return Optional.of(expiresOn);
        }
        return Optional.empty();
    }
}
