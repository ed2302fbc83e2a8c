package it.albopec.compliance;

import java.util.Locale;

/**
 * Where the letters' texts go by e-mail: the notification module's outbox, when it is there. Without a bean of this
 * type the letters are only produced as PDF for the post or for the Order's own PEC, and the page says so: nothing is
 * pretended sent.
 */
public interface LetterMail {

    /** Queues one e-mail to the member; it leaves with the outbox, not here. */
    void enqueue(long orderId, long memberId, String to, String subject, String body, Locale language);
}
