package it.albopec.selfservice;

import it.albopec.security.MemberAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may do without signing in: ask for a password reset by codice fiscale (the answer is the same whether
 * an account exists or not) and set a password with a code from an e-mail or a letter.
 */
@Service
public class AccountRecovery {

    private final MemberAccounts accounts;
    private final AccountMails mails;
    private final JdbcTemplate jdbc;

    AccountRecovery(MemberAccounts accounts, AccountMails mails, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.mails = mails;
        this.jdbc = jdbc;
    }

    /** Sends a reset link when the codice fiscale has an activated account with an e-mail address; tells nothing back. */
    @Transactional
    public void requestReset(String fiscalCode) {
        accounts.issueReset(fiscalCode).ifPresent(code -> {
            // nobody is signed in: the Order's name is read directly for the e-mail's text
            String name = jdbc.queryForObject("SELECT CASE WHEN ? = 'de' AND name_de IS NOT NULL THEN name_de ELSE name END "
                    + "FROM medical_order WHERE id = ?", String.class, code.language() == null ? "it" : code.language(), code.orderId());
            mails.send(code, name);
        });
    }

    /** Sets the password with a code; returns the user name to sign in with (the codice fiscale). */
    @Transactional
    public String setPassword(String code, String password) {
        return accounts.setPassword(code, password);
    }
}
