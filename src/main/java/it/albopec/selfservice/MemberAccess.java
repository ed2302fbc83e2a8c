package it.albopec.selfservice;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.order.OrderDetails;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.security.MemberAccounts;
import it.albopec.security.MemberAccounts.AccountState;
import it.albopec.security.MemberAccounts.IssuedCode;
import it.albopec.security.MemberIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ADMIN gives members access to their page: an activation code for one member or for many selected in the
 * register, e-mailed as a link to the member's contact address and printable as a letter. Only members still on the
 * register (active or suspended) get one; another Order's member is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ADMIN)
public class MemberAccess {

    /** Who may get an account: whoever is still on the register. */
    static final EnumSet<MemberStatus> ON_THE_REGISTER = EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);

    /** An activation just issued, and whether it went out by e-mail (otherwise only the letter carries it). */
    public record Issued(IssuedCode code, boolean emailed) {}

    public record Refusal(long memberId, String label, String messageKey) {}

    public record Outcome(List<Issued> issued, List<Refusal> refused) {}

    private final MemberService members;
    private final MemberAccounts accounts;
    private final OrderService orders;
    private final AccountMails mails;
    private final ActivationLetters letters;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate eachInItsOwnTransaction;

    MemberAccess(MemberService members, MemberAccounts accounts, OrderService orders, AccountMails mails, ActivationLetters letters,
                 CurrentUser currentUser, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.members = members;
        this.accounts = accounts;
        this.orders = orders;
        this.mails = mails;
        this.letters = letters;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
        this.eachInItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public Issued issueActivation(long memberId) {
        MemberDetails member = members.get(memberId);
        if (!ON_THE_REGISTER.contains(member.status())) {
            throw new ServiceException("selfservice.access.error.notOnRegister");
        }
        OrderDetails order = orders.current();
        IssuedCode code = accounts.issueActivation(new MemberIdentity(member.orderId(), member.id(), member.fiscalCode(),
                member.givenName() + " " + member.surname(), member.email()));
        Locale locale = Locale.of(code.language() == null ? "it" : code.language());
        return new Issued(code, mails.send(code, order.displayName(locale)));
    }

    /** One activation per selected member, each in its own transaction: a refusal leaves the others issued. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Outcome issueActivations(List<Long> memberIds) {
        var issued = new ArrayList<Issued>();
        var refused = new ArrayList<Refusal>();
        for (Long memberId : memberIds) {
            try {
                issued.add(eachInItsOwnTransaction.execute(status -> issueActivation(memberId)));
            } catch (NotFoundException e) {
                refused.add(new Refusal(memberId, String.valueOf(memberId), "base.error.notFound"));
            } catch (ServiceException e) {
                String label = members.findSummary(memberId).map(m -> m.surname() + " " + m.givenName()).orElse(String.valueOf(memberId));
                refused.add(new Refusal(memberId, label, e.messageKey()));
            }
        }
        return new Outcome(issued, refused);
    }

    public Map<Long, AccountState> states(Collection<Long> memberIds) {
        return accounts.states(memberIds);
    }

    /** Prato: the day the member said on their page that they sent the test message, if they did. */
    public Optional<LocalDate> testMessageDeclaredOn(long memberId) {
        return jdbc.query("SELECT MAX(declared_on) FROM test_message_declaration WHERE order_id = ? AND member_id = ?",
                (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), currentUser.requireOrderId(), memberId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The printable letters of activations just issued, one page each, in each member's language. */
    public void writeLetters(List<Issued> issued, OutputStream out) {
        letters.write(orders.current(), issued.stream().map(Issued::code).toList(), out);
    }
}
