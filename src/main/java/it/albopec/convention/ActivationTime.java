package it.albopec.convention;

import java.time.LocalDate;

import it.albopec.base.WorkingDays;

/**
 * How long the provider usually takes to activate a mailbox once what it waits for has arrived, as the Order's
 * instructions say it: Bolzano "di norma 2/3 giorni" after a bollettino or bank transfer (calendar days), Foggia
 * "in genere 2/3 gg lavorativi" after the signed form and identity document (working days).
 *
 * @param days        the upper bound of the Order's figure (3 for "2/3"), so nobody is called overdue too early
 * @param workingDays whether the Order counts working days
 * @param words       the Order's own words, shown as they are
 */
public record ActivationTime(int days, boolean workingDays, String words) {

    public ActivationTime {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** The day the mailbox is expected to be active when the provider received what it needs on {@code received}. */
    public LocalDate expectedBy(LocalDate received) {
        return workingDays ? WorkingDays.plus(received, days) : received.plusDays(days);
    }
}
