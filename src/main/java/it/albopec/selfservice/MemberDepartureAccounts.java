package it.albopec.selfservice;

import it.albopec.member.MemberLeftOrder;
import it.albopec.security.MemberAccounts;
import it.albopec.security.MemberIdentity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member transferred or struck off can no longer sign in: their account is closed and their sessions end. */
@Component
class MemberDepartureAccounts {

    private final MemberAccounts accounts;

    MemberDepartureAccounts(MemberAccounts accounts) {
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(MemberLeftOrder event) {
        accounts.close(new MemberIdentity(event.orderId(), event.memberId(), event.fiscalCode(), "", null));
    }
}
