package it.albopec.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import it.albopec.convention.ConventionService;
import it.albopec.member.MemberDetails;
import it.albopec.member.OwnRecord;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's own convention mailbox and what the provider's portal would answer them: no method takes an
 * id, the member comes from the session, so a member can never read another member's mailbox.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_MEMBER)
public class OwnMailbox {

    private final MailboxRepository mailboxes;
    private final PreloadListStore lists;
    private final OwnRecord record;
    private final ConventionService conventions;
    private final CurrentUser currentUser;
    private final Clock clock;

    OwnMailbox(MailboxRepository mailboxes, PreloadListStore lists, OwnRecord record, ConventionService conventions,
               CurrentUser currentUser, Clock clock) {
        this.mailboxes = mailboxes;
        this.lists = lists;
        this.record = record;
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The member's latest mailbox (open or closed), if they ever had one. */
    public Optional<MailboxDetails> current() {
        long orderId = currentUser.requireOrderId();
        return mailboxes.findByMemberIdOrderByIdDesc(currentUser.requireMemberId()).stream()
                .filter(m -> m.getOrderId() == orderId)
                .findFirst()
                .map(Mailbox::toDetails);
    }

    /**
     * Whether the member is in the last list sent to the provider (then the portal lets them register) and, if not,
     * the first day they can expect to: the next list goes out at the earliest today, then the provider needs the
     * convention's lead time.
     */
    public PortalCheck outlook() {
        long orderId = currentUser.requireOrderId();
        MemberDetails me = record.mine();
        LocalDate today = LocalDate.now(clock);
        var last = lists.last(orderId);
        LocalDate nextList = me.registrationDate().isAfter(today) ? me.registrationDate() : today;
        LocalDate expected = conventions.activeConventionOfCurrentOrder().map(c -> c.firstRegistrationDate(nextList)).orElse(nextList);
        if (last.isEmpty()) {
            return new PortalCheck(PortalCheck.Outcome.NO_LIST_SENT, null, expected);
        }
        var entry = lists.entry(last.get().id(), me.fiscalCode());
        if (entry.isEmpty()) {
            return new PortalCheck(PortalCheck.Outcome.NOT_IN_LAST_LIST, last.get().sentOn(), expected);
        }
        boolean same = PersonName.same(entry.get()[0], me.surname()) && PersonName.same(entry.get()[1], me.givenName());
        if (!same) {
            return new PortalCheck(PortalCheck.Outcome.NAME_DOES_NOT_MATCH, last.get().sentOn(), null);
        }
        // as PreloadLists.check: the provider needs the convention's lead time to load the list
        LocalDate listedOn = lists.firstListedOn(orderId, me.fiscalCode()).orElse(last.get().sentOn());
        LocalDate loadedFrom = conventions.activeConventionOfCurrentOrder().map(c -> c.firstRegistrationDate(listedOn)).orElse(listedOn);
        if (today.isBefore(loadedFrom)) {
            return new PortalCheck(PortalCheck.Outcome.LISTED_LOADING, listedOn, loadedFrom);
        }
        return new PortalCheck(PortalCheck.Outcome.FOUND, last.get().sentOn(), null);
    }
}
