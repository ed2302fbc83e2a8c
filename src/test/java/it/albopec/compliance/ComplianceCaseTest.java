package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.ProviderMailbox;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** A compliance case walked through every step on a moved clock, and the ways it must refuse or close by itself. */
@AlboPecTest
class ComplianceCaseTest {

    @Autowired ComplianceService compliance;
    @Autowired ComplianceJob job;
    @Autowired MemberObligations obligations;
    @Autowired MemberService members;
    @Autowired MailboxService mailboxes;
    @Autowired SignIn signIn;
    @Autowired TestClock.MutableClock clock;

    final LocalDate start = LocalDate.now(ZoneId.of("Europe/Rome"));

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    private long newMember(String surname, String givenName) {
        return members.create(TestMembers.physician(surname, givenName, start.minusYears(5))).id();
    }

    @Test
    void aCaseWalksThroughEveryStepInOrderAndEachStepSaysWhoAndWhen() {
        clock.setToday(start);
        signIn.as("admin.po");
        long member = newMember("Renitente", "Rodolfo");
        var row = compliance.find(ComplianceFilter.empty().withText("Renitente"), PageRequest.of(0, 10)).getFirst();
        assertThat(row.reason()).isEqualTo(Reason.NONE);
        assertThat(row.hasCase()).isFalse();

        CaseDetails c = compliance.remind(member, null);
        assertThat(c.step()).isEqualTo(CaseStep.REMINDER_SENT);
        assertThat(c.letterLanguage()).isEqualTo("it");

        // skipping the formal notice is refused, and changes nothing
        long version = c.version();
        assertThatThrownBy(() -> compliance.proposeToCouncil(c.id(), version, start.plusDays(40)))
                .isInstanceOf(ServiceException.class).extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("compliance.error.step");
        assertThat(compliance.getCase(c.id()).step()).isEqualTo(CaseStep.REMINDER_SENT);
        assertThat(compliance.councilMeetings()).doesNotContain(start.plusDays(40));

        CaseDetails noticed = compliance.sendNotice(c.id(), version);
        assertThat(noticed.deadline()).isEqualTo(start.plusDays(30));
        assertThat(obligations.of(currentOrder(member), member)).get()
                .satisfies(o -> assertThat(o.deadline()).isEqualTo(start.plusDays(30)));
        // the deadline passes only by the calendar: the staff cannot record it
        assertThatThrownBy(() -> compliance.suspend(c.id(), noticed.version())).isInstanceOf(ServiceException.class);

        clock.setToday(start.plusDays(30));
        job.run(start.plusDays(30));
        assertThat(compliance.getCase(c.id()).step()).as("the deadline day itself is still inside the 30 days").isEqualTo(CaseStep.NOTICE_SENT);

        clock.setToday(start.plusDays(31));
        job.run(start.plusDays(31));
        job.run(start.plusDays(31));
        CaseDetails passed = compliance.getCase(c.id());
        assertThat(passed.step()).isEqualTo(CaseStep.DEADLINE_PASSED);
        assertThat(passed.steps()).as("a second run writes nothing").filteredOn(s -> s.to() == CaseStep.DEADLINE_PASSED).hasSize(1);

        LocalDate meeting = start.plusDays(40);
        CaseDetails proposed = compliance.proposeToCouncil(c.id(), passed.version(), meeting);
        assertThat(proposed.councilMeeting()).isEqualTo(meeting);
        assertThat(compliance.find(ComplianceFilter.empty().withStep(CaseStep.PROPOSED_TO_COUNCIL), PageRequest.of(0, 500)))
                .extracting(NonCompliantMember::memberId).contains(member);
        assertThatThrownBy(() -> compliance.suspend(c.id(), proposed.version()))
                .as("the Council has not met yet").isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("compliance.error.meetingNotHeld");

        clock.setToday(start.plusDays(41));
        CaseDetails suspended = compliance.suspend(c.id(), proposed.version());
        assertThat(suspended.step()).isEqualTo(CaseStep.SUSPENDED);
        var register = members.get(member);
        assertThat(register.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(register.statusDate()).as("suspended from the Council's meeting").isEqualTo(meeting);
        assertThat(members.statusHistory(member).getLast().username()).isEqualTo("admin.po");

        assertThat(suspended.steps()).extracting(CaseStepEntry::to).containsExactly(CaseStep.REMINDER_SENT, CaseStep.NOTICE_SENT,
                CaseStep.DEADLINE_PASSED, CaseStep.PROPOSED_TO_COUNCIL, CaseStep.SUSPENDED);
        assertThat(suspended.steps()).extracting(CaseStepEntry::username).containsExactly("admin.po", "admin.po", "system", "admin.po", "admin.po");
        assertThat(suspended.steps()).extracting(CaseStepEntry::effectiveOn)
                .containsExactly(start, start, start.plusDays(31), start.plusDays(31), meeting);

        // the member communicates their own PEC: the case closes at once, whatever its step
        compliance.recordExternalPec(member, "rodolfo.renitente@pec.example.it");
        CaseDetails closed = compliance.getCase(c.id());
        assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(start.plusDays(41));
        assertThat(closed.steps().getLast().note()).contains("rodolfo.renitente@pec.example.it");
        assertThat(obligations.of(currentOrder(member), member)).isEmpty();
    }

    @Test
    void aCaseClosesTheMomentTheMailboxBecomesActive() {
        signIn.as("admin.po");
        long member = newMember("Ritardatario", "Remo");
        CaseDetails c = compliance.sendNotice(compliance.remind(member, null).id(), compliance.casesOfMember(member).getFirst().version());
        assertThat(c.step()).isEqualTo(CaseStep.NOTICE_SENT);

        // the provider's list says the mailbox is active: no job runs in between
        String fiscalCode = members.get(member).fiscalCode();
        mailboxes.reconcileFromProvider(List.of(new ProviderMailbox(fiscalCode, "remo.ritardatario@pec.omceo.it", start,
                start.plusYears(3), false)), true);

        CaseDetails closed = compliance.getCase(c.id());
        assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
        assertThat(closed.steps().getLast().note()).isEqualTo("mailbox active");
        assertThat(closed.steps().getLast().username()).isEqualTo("admin.po");
        assertThat(compliance.find(ComplianceFilter.empty().withText("Ritardatario"), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aMemberWhoLeavesTheOrderIsNoLongerChased() {
        signIn.as("admin.po");
        long member = newMember("Partente", "Pia");
        CaseDetails c = compliance.remind(member, null);
        members.transfer(member, members.get(member).version(), start, "OMCeO di Firenze", "domanda di trasferimento");
        CaseDetails closed = compliance.getCase(c.id());
        assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
        assertThat(closed.steps().getLast().note()).isEqualTo("member transferred");
        assertThat(compliance.find(ComplianceFilter.empty().withText("Partente"), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void refusalsChangeNothing() {
        signIn.as("admin.po");
        long member = newMember("Doppione", "Dario");
        CaseDetails c = compliance.remind(member, "de");
        assertThat(c.letterLanguage()).isEqualTo("de");
        assertThatThrownBy(() -> compliance.remind(member, null)).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("compliance.error.caseOpen");
        assertThatThrownBy(() -> compliance.sendNotice(c.id(), c.version() + 1)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> compliance.recordExternalPec(member, "not an address")).isInstanceOf(ServiceException.class);
        assertThat(compliance.getCase(c.id()).step()).isEqualTo(CaseStep.REMINDER_SENT);
        assertThat(compliance.externalAddress(member)).isEmpty();

        long withPec = newMember("Diligente", "Diana");
        compliance.recordExternalPec(withPec, "diana.diligente@pec.example.it");
        assertThatThrownBy(() -> compliance.remind(withPec, null)).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("compliance.error.hasValidPec");
    }

    @Test
    void anAddressOutsideTheConventionMarkedInvalidPutsTheMemberBackOnTheList() {
        signIn.as("admin.po");
        long member = newMember("Rimbalzato", "Rino");
        var address = compliance.recordExternalPec(member, "Rino.Rimbalzato@PEC.example.it");
        assertThat(address.address()).isEqualTo("rino.rimbalzato@pec.example.it");
        assertThat(compliance.find(ComplianceFilter.empty().withText("Rimbalzato"), PageRequest.of(0, 10))).isEmpty();

        compliance.markExternalPecInvalid(member, address.version(), InvalidReason.BOUNCED, "ricevuta di mancata consegna");

        var row = compliance.find(ComplianceFilter.empty().withText("Rimbalzato"), PageRequest.of(0, 10)).getFirst();
        assertThat(row.reason()).isEqualTo(Reason.INVALID_ADDRESS);
        assertThat(row.since()).isEqualTo(start);
        assertThat(row.lastAddress()).isEqualTo("rino.rimbalzato@pec.example.it");
        assertThat(compliance.find(ComplianceFilter.empty().withReason(Reason.INVALID_ADDRESS), PageRequest.of(0, 500)))
                .extracting(NonCompliantMember::memberId).contains(member);
        assertThat(compliance.find(ComplianceFilter.empty().withReason(Reason.EXPIRED), PageRequest.of(0, 500)))
                .extracting(NonCompliantMember::memberId).doesNotContain(member);
    }

    @Test
    void bulkMovesReportEachMembersOutcome() {
        signIn.as("admin.po");
        long fresh = newMember("Primo", "Piero");
        long alreadyOpen = newMember("Secondo", "Sergio");
        compliance.remind(alreadyOpen, null);
        var rows = compliance.find(ComplianceFilter.empty().withText("Primo"), PageRequest.of(0, 10));
        rows = new java.util.ArrayList<>(rows);
        rows.addAll(compliance.find(ComplianceFilter.empty().withText("Secondo"), PageRequest.of(0, 10)));

        var outcome = compliance.moveMany(rows.stream().map(ComplianceService.Target::of).toList(), ComplianceService.BulkMove.REMIND, null);

        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo(alreadyOpen);
            assertThat(r.messageKey()).isEqualTo("compliance.error.caseOpen");
        });
        assertThat(compliance.casesOfMember(fresh)).singleElement().extracting(CaseDetails::step).isEqualTo(CaseStep.REMINDER_SENT);

        var notices = compliance.moveMany(List.of(ComplianceService.Target.of(
                compliance.find(ComplianceFilter.empty().withText("Primo"), PageRequest.of(0, 10)).getFirst())), ComplianceService.BulkMove.PROPOSE, start);
        assertThat(notices.refused()).singleElement().extracting(ComplianceService.BulkOutcome.Row::messageKey).isEqualTo("compliance.error.step");
    }

    @Test
    void financeReadsButCannotActAndAnotherOrdersCaseIsNotFound() {
        signIn.as("admin.fg");
        var lontano = TestMembers.physician("Lontano", "Luca", start.minusYears(2));
        long foggiano = members.create(lontano).id();
        CaseDetails foreign = compliance.remind(foggiano, null);

        signIn.as("finance.po");
        assertThat(compliance.count(ComplianceFilter.empty())).isPositive();
        assertThatThrownBy(() -> compliance.remind(foggiano, null)).isInstanceOf(AccessDeniedException.class);

        signIn.as("admin.po");
        assertThatThrownBy(() -> compliance.getCase(foreign.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> compliance.sendNotice(foreign.id(), foreign.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> compliance.remind(foggiano, null)).isInstanceOf(NotFoundException.class);
        assertThat(compliance.find(ComplianceFilter.empty().withText("Lontano"), PageRequest.of(0, 10))).isEmpty();
        assertThat(compliance.casesOfMember(foggiano)).isEmpty();
        assertThat(compliance.memberByFiscalCode(lontano.getFiscalCode())).isEmpty();
        assertThatThrownBy(() -> compliance.writeLetters(List.of(foreign.id()), LetterKind.REMINDER, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> compliance.writeLettersZip(List.of(foreign.id()), LetterKind.REMINDER, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);
        var outcome = compliance.moveMany(List.of(new ComplianceService.Target(foggiano, foreign.id(), foreign.version(), "Lontano")),
                ComplianceService.BulkMove.NOTICE, null);
        assertThat(outcome.refused()).singleElement().extracting(ComplianceService.BulkOutcome.Row::messageKey).isEqualTo("compliance.error.notFound");

        signIn.as("operator");
        assertThatThrownBy(() -> compliance.count(ComplianceFilter.empty())).isInstanceOf(AccessDeniedException.class);
    }

    private long currentOrder(long member) {
        return members.get(member).orderId();
    }
}
