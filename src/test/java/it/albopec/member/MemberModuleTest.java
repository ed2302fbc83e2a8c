package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import it.albopec.testsupport.ModuleTest;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The register started alone: the member module with what it uses directly (security, audit, and the shared base), plus
 * the order module only because the demo data's Orders and their staff (admin.po…) are the tests' fixture.
 * DIRECT_DEPENDENCIES is enough: neither security nor audit needs another module. No listener of {@link MemberLeftOrder}
 * is in this context, so these tests show what the register promises to whoever listens, whatever module it is.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "order")
@ModuleTest
class MemberModuleTest {

    private final MemberService members;
    private final LocalDate today;

    MemberModuleTest(MemberService members, Clock clock) {
        this.members = members;
        this.today = LocalDate.now(clock);
    }

    @Test
    @WithUserDetails("admin.po")
    void strikingOffAMemberTellsTheOtherModulesWhoLeftWhenAndWhy(Scenario scenario) {
        MemberDetails member = members.create(TestMembers.physician("Uscente", "Ugo", today.minusYears(6)));

        scenario.stimulate(() -> members.strikeOff(member.id(), member.version(), today, "cancellazione su domanda"))
                .andWaitForEventOfType(MemberLeftOrder.class)
                .matchingMappedValue(MemberLeftOrder::memberId, member.id())
                .toArriveAndVerify((event, struckOff) -> {
                    assertThat(event.orderId()).isEqualTo(member.orderId());
                    assertThat(event.fiscalCode()).isEqualTo(member.fiscalCode());
                    assertThat(event.status()).isEqualTo(MemberStatus.STRUCK_OFF);
                    assertThat(event.effectiveDate()).isEqualTo(today);
                    assertThat(event.reason()).isEqualTo("cancellazione su domanda");
                    // what the register's page shows: the new status and the dated step in the member's history
                    assertThat(struckOff.status()).isEqualTo(MemberStatus.STRUCK_OFF);
                    assertThat(members.statusHistory(member.id())).singleElement().satisfies(step -> {
                        assertThat(step.from()).isEqualTo(MemberStatus.ACTIVE);
                        assertThat(step.to()).isEqualTo(MemberStatus.STRUCK_OFF);
                        assertThat(step.effectiveDate()).isEqualTo(today);
                        assertThat(step.reason()).isEqualTo("cancellazione su domanda");
                    });
                });
    }

    @Test
    @WithUserDetails("admin.po")
    void aTransferTellsTheDestinationToo(Scenario scenario) {
        MemberDetails member = members.create(TestMembers.physician("Partente", "Paolo", today.minusYears(4)));

        scenario.stimulate(() -> members.transfer(member.id(), member.version(), today, "OMCeO di Firenze", "trasferimento su richiesta"))
                .andWaitForEventOfType(MemberLeftOrder.class)
                .matchingMappedValue(MemberLeftOrder::memberId, member.id())
                .toArriveAndVerify((event, transferred) -> {
                    assertThat(event.status()).isEqualTo(MemberStatus.TRANSFERRED);
                    assertThat(transferred.destinationOrder()).isEqualTo("OMCeO di Firenze");
                });
    }

    @Test
    @WithUserDetails("admin.po")
    void aSuspendedMemberStaysInTheOrderAndKeepsTheirMailbox(AssertablePublishedEvents events) {
        MemberDetails member = members.create(TestMembers.physician("Sospeso", "Sandro", today.minusYears(2)));

        MemberDetails suspended = members.suspend(member.id(), member.version(), today, "morosità");

        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(events.ofType(MemberLeftOrder.class)).isEmpty();
    }
}
