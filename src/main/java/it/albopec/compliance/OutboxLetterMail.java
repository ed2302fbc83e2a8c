package it.albopec.compliance;

import java.util.Locale;

import it.albopec.notification.Outbox;
import org.springframework.stereotype.Component;

/** The letters' e-mails go through the notification module's outbox, in the transaction of the step that sent them. */
@Component
class OutboxLetterMail implements LetterMail {

    private final Outbox outbox;

    OutboxLetterMail(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void enqueue(long orderId, String to, Locale language, String subject, String body, String dedupKey) {
        outbox.enqueue(orderId, to, language.getLanguage(), subject, body, dedupKey);
    }
}
