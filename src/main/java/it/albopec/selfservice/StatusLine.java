package it.albopec.selfservice;

/**
 * One sentence of the member's page as a translation key with its arguments (dates as {@link java.time.LocalDate},
 * day counts as numbers), so that the rule that picks it is tested without a screen.
 *
 * @param tone ok, warning or error: how the page marks it
 */
public record StatusLine(String messageKey, Tone tone, Object... arguments) {

    public enum Tone { OK, WARNING, ERROR }
}
