package it.albopec.compliance;

import java.util.Locale;

/**
 * Where the letters' texts go by e-mail: the notification module's outbox, when it is there. Without a bean of this
 * type the letters are only produced as PDF for the post or for the Order's own PEC, and the page says so: nothing is
 * pretended sent.
 */
public interface LetterMail {

    /**
     * Queues one e-mail to the member in the caller's transaction; it leaves with the outbox, not here.
     *
     * @param dedupKey the letter, e.g. "compliance:FORMAL_NOTICE:case:42": the same letter is queued once
     */
    void enqueue(long orderId, String to, Locale language, String subject, String body, String dedupKey);
}
