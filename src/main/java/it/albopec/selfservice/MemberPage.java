package it.albopec.selfservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.albopec.convention.ConventionDetails;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.PortalCheck;
import it.albopec.member.MemberDetails;
import it.albopec.order.OrderDetails;
import it.albopec.provider.ProviderDetails;

/**
 * Everything the member's page shows, read for the signed-in member only.
 *
 * @param languages            the languages the member may choose (Bolzano: Italian and German)
 * @param testMessageDeclaredOn the day the member said they sent Prato's test message, if they did
 */
public record MemberPage(MemberDetails member, OrderDetails order, Optional<MailboxDetails> mailbox,
                         Optional<ConventionDetails> convention, Optional<ProviderDetails> provider, PortalCheck outlook,
                         Optional<LocalDate> testMessageDeclaredOn, List<String> languages, LocalDate today,
                         Optional<it.albopec.finance.NextCharge> nextCharge,
                         Optional<it.albopec.compliance.MemberObligation> obligation) {}
