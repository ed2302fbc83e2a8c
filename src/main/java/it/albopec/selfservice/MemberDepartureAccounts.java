package it.albopec.selfservice;

import it.albopec.member.MemberLeftOrder;
import it.albopec.security.MemberAccounts;
import it.albopec.security.MemberIdentity;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/** A member transferred or struck off can no longer sign in: their account is closed and their sessions end. */
@Component
class MemberDepartureAccounts {

    private final MemberAccounts accounts;

    MemberDepartureAccounts(MemberAccounts accounts) {
        this.accounts = accounts;
    }

    // after the publisher's commit, on its thread, so the change shows at once; the event publication registry keeps
    // the delivery until it completed, so a crash in between delivers it again at start-up
    @TransactionalEventListener(fallbackExecution = true) // also when the registry delivers it again, with no transaction
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MemberLeftOrder event) {
        accounts.close(new MemberIdentity(event.orderId(), event.memberId(), event.fiscalCode(), "", null));
    }
}
