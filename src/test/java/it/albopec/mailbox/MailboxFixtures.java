package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.convention.ConventionService;
import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberService;
import it.albopec.security.CurrentUser;
import it.albopec.testsupport.TestMembers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Members with mailboxes in a chosen state and with chosen dates, for the signed-in ADMIN's Order. */
@Component
class MailboxFixtures {

    private final MemberService members;
    private final ConventionService conventions;
    private final MailboxRepository mailboxes;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    MailboxFixtures(MemberService members, ConventionService conventions, MailboxRepository mailboxes,
                    CurrentUser currentUser, TransactionTemplate transaction) {
        this.members = members;
        this.conventions = conventions;
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
        this.transaction = transaction;
    }

    long member(String surname, String givenName, LocalDate registeredOn) {
        return members.create(TestMembers.physician(surname, givenName, registeredOn)).id();
    }

    /** A mailbox activated on the given day, paid as given (null: the Order pays). */
    long activeMailbox(long memberId, LocalDate activatedOn, PaymentMethod method, YearMonth card) {
        return transaction.execute(status -> {
            var convention = conventions.activeConventionOfCurrentOrder().orElseThrow();
            Mailbox mailbox = Mailbox.eligible(currentUser.requireOrderId(), memberId, ConventionTerms.of(convention), activatedOn.minusDays(3));
            boolean auto = method == null || method.renewsAutomatically();
            mailbox.request(activatedOn, method, auto, card, "test." + memberId + "@pec.omceo.it", null, null);
            if (mailbox.getState() == MailboxState.AWAITING_PAYMENT) {
                mailbox.paymentReceived(activatedOn);
            }
            if (mailbox.getState() == MailboxState.AWAITING_DOCUMENTS) {
                mailbox.documentsReceived(activatedOn, null);
            }
            if (mailbox.getState() == MailboxState.REQUESTED) {
                mailbox.recordActivation(activatedOn, null, null);
            }
            return mailboxes.save(mailbox).getId();
        });
    }

    MailboxState state(long mailboxId) {
        return mailboxes.findById(mailboxId).orElseThrow().getState();
    }

    MailboxDetails details(long mailboxId) {
        return mailboxes.findById(mailboxId).orElseThrow().toDetails();
    }
}
