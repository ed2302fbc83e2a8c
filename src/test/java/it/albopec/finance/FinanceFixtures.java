package it.albopec.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import it.albopec.convention.PaymentMethod;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.mailbox.PreloadLists;
import it.albopec.member.MemberService;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Mailboxes taken through the real lifecycle (pre-load list, request, payment, activation) by the Order's ADMIN, so
 * that the charges come from the mailbox module's events exactly as in production.
 */
@Component
class FinanceFixtures {

    private final MemberService members;
    private final MailboxService mailboxes;
    private final PreloadLists preloadLists;
    private final ChargeService charges;
    private final SignIn signIn;

    FinanceFixtures(MemberService members, MailboxService mailboxes, PreloadLists preloadLists, ChargeService charges, SignIn signIn) {
        this.members = members;
        this.mailboxes = mailboxes;
        this.preloadLists = preloadLists;
        this.charges = charges;
        this.signIn = signIn;
    }

    /** A new member of the admin's Order with a mailbox activated on the given day (method null: the Order pays). */
    long activeMailbox(String admin, String surname, LocalDate today, LocalDate activatedOn, PaymentMethod method, YearMonth card) {
        signIn.as(admin);
        long member = members.create(TestMembers.physician(surname, "Test", activatedOn.minusYears(2))).id();
        preloadLists.send(today);
        long id = mailboxes.ofMember(member).getFirst().id();
        mailboxes.apply(id, version(id), new MailboxCommand.RecordRequest(activatedOn, method, true, card,
                surname.toLowerCase() + "." + member + "@pec.omceo.it", null));
        if (mailboxes.get(id).state() == MailboxState.AWAITING_PAYMENT) {
            mailboxes.apply(id, version(id), new MailboxCommand.PaymentReceived(activatedOn));
        }
        if (mailboxes.get(id).state() == MailboxState.AWAITING_DOCUMENTS) {
            mailboxes.apply(id, version(id), new MailboxCommand.DocumentsReceived(activatedOn));
        }
        if (mailboxes.get(id).state() == MailboxState.REQUESTED) {
            mailboxes.apply(id, version(id), new MailboxCommand.Activation(activatedOn, null, null));
        }
        return id;
    }

    MailboxDetails apply(String admin, long mailboxId, MailboxCommand command) {
        signIn.as(admin);
        return mailboxes.apply(mailboxId, version(mailboxId), command);
    }

    long version(long mailboxId) {
        return mailboxes.get(mailboxId).version();
    }

    /** The charges of one mailbox (cancelled ones too), oldest term first, as the given user reads them. */
    List<ChargeRow> chargesOf(String user, long mailboxId) {
        signIn.as(user);
        var all = new java.util.ArrayList<>(charges.find(ChargeFilter.empty().withMailbox(mailboxId), PageRequest.of(0, 100)));
        all.addAll(charges.find(ChargeFilter.empty().withMailbox(mailboxId).withState(ChargeState.CANCELLED), PageRequest.of(0, 100)));
        return all.stream()
                .sorted(java.util.Comparator.comparing(ChargeRow::periodStart)).toList();
    }
}
