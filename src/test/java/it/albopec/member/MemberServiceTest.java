package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.base.FiscalCode;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AlboPecTest
@RecordApplicationEvents
class MemberServiceTest {

    static final LocalDate BORN = LocalDate.of(1981, 6, 2);

    @Autowired MemberService members;
    @Autowired AuditTrail audit;
    @Autowired SignIn signIn;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anAdminRegistersAMemberAndTheAuditSaysWhoAndWhat() {
        signIn.as("admin.po");
        MemberDetails created = members.create(MemberForms.medico("Bellandi", "Ottavia", true, BORN, "G999", "9001"));
        assertThat(created.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(created.birthplaceName()).isEqualTo("Prato");
        assertThat(created.registrationDate()).isEqualTo(BORN.plusYears(27));
        assertThat(members.findByFiscalCode(created.fiscalCode().toLowerCase())).map(MemberSummary::id).contains(created.id());

        var entries = audit.find(AuditFilter.forEntity("member", created.id()), Pageable.ofSize(10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("created");
            assertThat(e.username()).isEqualTo("admin.po");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c).extracting("field", "oldValue", "newValue")
                    .containsExactly("surname", null, "Bellandi"));
        });
    }

    @Test
    void aChangeIsAuditedFieldByFieldOldToNew() {
        signIn.as("admin.po");
        MemberDetails member = members.create(MemberForms.medico("Dell'Acqua", "Niccolò", false, BORN, "G999", "9002"));
        var form = MemberForm.of(member);
        form.setEmail("niccolo.dellacqua@pec.example.org");
        MemberDetails changed = members.update(member.id(), member.version(), form);
        assertThat(changed.version()).isGreaterThan(member.version());
        var latest = audit.find(AuditFilter.forEntity("member", member.id()), Pageable.ofSize(1)).getFirst();
        assertThat(latest.action()).isEqualTo("changed");
        assertThat(latest.changes()).singleElement().extracting("field", "oldValue", "newValue")
                .containsExactly("email", member.email(), "niccolo.dellacqua@pec.example.org");
    }

    @Test
    void aWrongCodiceFiscaleIsRefusedSayingWhatIsWrong() {
        signIn.as("admin.po");
        var form = MemberForms.medico("Lucà", "Rosaria", true, BORN, "F205", "9003");
        String code = form.getFiscalCode();
        form.setFiscalCode(code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A'));
        assertRefused(() -> members.create(form), FiscalCode.ERROR_CHECK_CHARACTER);

        var other = MemberForms.medico("Lucà", "Rosaria", true, BORN, "F205", "9003");
        other.setSurname("Lucchesi");
        assertRefused(() -> members.create(other), FiscalCode.MISMATCH_SURNAME);
        other.setSurname("Lucà");
        other.setBirthplaceCode("G999");
        assertRefused(() -> members.create(other), Birthplaces.MISMATCH);
    }

    @Test
    void aBirthplaceWrittenByNameIsStoredAsItsCodeAndShownByName() {
        signIn.as("admin.po");
        record Case(String surname, String belfiore, String written, String province, String shown) {}
        var cases = java.util.List.of(
                new Case("Gruberova", "A952", "Bozen", null, "Bolzano/Bozen"),
                new Case("Forlani", "D704", "FORLI'", "FC", "Forlì"),
                new Case("Agatoni", "I197", "SANT AGATA DE GOTI", "Benevento", "Sant'Agata de' Goti"),
                new Case("Mueller", "Z112", "Germania", "EE", "Germania"),
                new Case("Castrucci", "M261", "Castro", "LE", "Castro"));
        int n = 0;
        for (Case c : cases) {
            var form = MemberForms.medico(c.surname(), "Ilse", true, BORN, c.belfiore(), "95" + n++);
            form.setBirthplace(c.written());
            form.setBirthplaceProvince(c.province());
            MemberDetails created = members.create(form);
            assertThat(created.birthplaceCode()).as(c.written()).isEqualTo(c.belfiore());
            assertThat(created.birthplaceName()).as(c.written()).isEqualTo(c.shown());
        }
        var castro = MemberForms.medico("Lecastro", "Ilse", true, BORN, "M261", "9598");
        castro.setBirthplace("castro");
        castro.setBirthplaceProvince("Lecce");
        assertThat(members.save(castro, null, null).changes())
                .contains(new it.albopec.audit.FieldChange("birthplace", null, "Castro (LE) · M261"));
        var wrong = MemberForms.medico("Carmignani", "Ilse", true, BORN, "B794", "9599");
        wrong.setBirthplace("Prato");
        wrong.setBirthplaceProvince("PO");
        assertThatThrownBy(() -> members.create(wrong)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(Birthplaces.MISMATCH);
            assertThat(e.arguments()).containsExactly("Prato (PO)", wrong.getFiscalCode(), "Carmignano (PO)");
        });
        assertThat(members.findByFiscalCode(wrong.getFiscalCode())).isEmpty();
    }

    @Test
    void anOmocodicCodeIsAccepted() {
        signIn.as("admin.po");
        var form = MemberForms.medico("Gruber", "Anna", true, BORN, "A952", "9004");
        form.setFiscalCode(it.kamaladafrica.codicefiscale.CodiceFiscale.of(form.getFiscalCode()).toOmocodeLevel(2).getValue());
        MemberDetails created = members.create(form);
        assertThat(FiscalCode.parse(created.fiscalCode()).isOmocode()).isTrue();
    }

    @Test
    void aCodiceFiscaleIsUniqueInAnOrderButMayBeInTwoOrders() {
        var form = MemberForms.medico("Forestiero", "Pasquale", false, BORN, "D643", "9005");
        signIn.as("admin.po");
        members.create(form);
        assertRefused(() -> members.create(form), "member.error.duplicateFiscalCode");
        signIn.as("admin.fg");
        assertThat(members.create(form).orderId()).isNotNull();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        signIn.as("admin.po");
        MemberDetails seenByBoth = members.create(MemberForms.medico("Cecchi", "Laura", true, BORN, "G999", "9006"));
        var first = MemberForm.of(seenByBoth);
        first.setPhone("0574 111111");
        members.update(seenByBoth.id(), seenByBoth.version(), first);
        var second = MemberForm.of(seenByBoth);
        second.setPhone("0574 222222");
        assertThatThrownBy(() -> members.update(seenByBoth.id(), seenByBoth.version(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> members.suspend(seenByBoth.id(), seenByBoth.version(), LocalDate.now(), "morosità"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(members.get(seenByBoth.id()).phone()).isEqualTo("0574 111111");
    }

    @Test
    void financeReadsTheRegisterButCannotChangeIt() {
        signIn.as("finance.po");
        assertThat(members.count(MemberFilter.none())).isGreaterThan(0);
        MemberDetails any = members.find(MemberFilter.none(), Pageable.ofSize(1)).getFirst();
        assertThatThrownBy(() -> members.create(MemberForms.medico("Bardazzi", "Tommaso", false, BORN, "G999", "9007")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.update(any.id(), any.version(), MemberForm.of(any))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.strikeOff(any.id(), any.version(), LocalDate.now(), "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOrdersMemberIsNotFound() {
        signIn.as("admin.po");
        MemberDetails prato = members.find(MemberFilter.none(), Pageable.ofSize(1)).getFirst();
        signIn.as("admin.fg");
        assertThatThrownBy(() -> members.get(prato.id())).isInstanceOf(NotFoundException.class);
        assertThat(members.findSummary(prato.id())).isEmpty();
        assertThat(members.findByFiscalCode(prato.fiscalCode())).isEmpty();
        assertThatThrownBy(() -> members.statusHistory(prato.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.update(prato.id(), prato.version(), MemberForm.of(prato))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.strikeOff(prato.id(), prato.version(), LocalDate.now(), "x")).isInstanceOf(NotFoundException.class);
        assertThat(members.find(MemberFilter.text(prato.fiscalCode()), Pageable.ofSize(10))).isEmpty();
        signIn.as("operator");
        assertThatThrownBy(() -> members.count(MemberFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTransferAndStrikeOffAnnounceThatTheMemberLeftTheOrder() {
        signIn.as("admin.po");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        MemberDetails m = members.create(MemberForms.medico("Mazzù", "Gianmarco", false, BORN, "G999", "9008"));
        m = members.suspend(m.id(), m.version(), today, "Morosità");
        m = members.reinstate(m.id(), m.version(), today, "Quota pagata");
        assertThat(left(m.id())).isZero();
        m = members.transfer(m.id(), m.version(), today, "OMCeO di Firenze", "Trasferimento su richiesta");
        assertThat(m.status()).isEqualTo(MemberStatus.TRANSFERRED);
        assertThat(m.destinationOrder()).isEqualTo("OMCeO di Firenze");
        assertThat(left(m.id())).isEqualTo(1);
        long memberId = m.id();
        assertThat(events.stream(MemberLeftOrder.class).filter(e -> e.memberId() == memberId).findFirst()).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(MemberStatus.TRANSFERRED);
            assertThat(e.fiscalCode()).isEqualTo(members.get(memberId).fiscalCode());
            assertThat(e.effectiveDate()).isEqualTo(today);
            assertThat(e.reason()).isEqualTo("Trasferimento su richiesta");
        });
        m = members.reinstate(m.id(), m.version(), today, "Rientro");
        m = members.strikeOff(m.id(), m.version(), today, "Cancellazione su richiesta");
        assertThat(left(m.id())).isEqualTo(2);
        MemberDetails struck = m;
        assertRefused(() -> members.suspend(struck.id(), struck.version(), today, "x"), "member.error.statusAction.SUSPEND");
        m = members.recordDeath(m.id(), m.version(), today, "Decesso");
        assertThat(left(m.id())).isEqualTo(2);
        assertThat(members.statusHistory(m.id())).extracting(StatusChange::to).containsExactly(MemberStatus.SUSPENDED, MemberStatus.ACTIVE,
                MemberStatus.TRANSFERRED, MemberStatus.ACTIVE, MemberStatus.STRUCK_OFF, MemberStatus.DECEASED);
        assertThat(audit.find(AuditFilter.forEntity("member", m.id()), Pageable.ofSize(20))).extracting("action")
                .contains("suspended", "reinstated", "transferred", "struck-off", "deceased");
    }

    @Test
    void aStatusActionNeedsItsDateReasonAndDestination() {
        signIn.as("admin.po");
        MemberDetails m = members.create(MemberForms.medico("Niccolai", "Benedetta", true, BORN, "G999", "9009"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        assertRefused(() -> members.transfer(m.id(), m.version(), today, " ", "Richiesta"), "member.error.destinationRequired");
        assertRefused(() -> members.strikeOff(m.id(), m.version(), today, ""), "member.error.reasonRequired");
        assertRefused(() -> members.strikeOff(m.id(), m.version(), null, "x"), "member.error.dateRequired");
        assertRefused(() -> members.strikeOff(m.id(), m.version(), today.plusDays(2), "x"), "member.error.dateInFuture");
    }

    @Test
    void theRegisterIsFilteredPagedAndCountedInSql() {
        signIn.as("admin.bz");
        long all = members.count(MemberFilter.none());
        assertThat(all).isGreaterThanOrEqualTo(MemberDemoData.MEMBERS_PER_ORDER);
        var page = members.find(MemberFilter.none(), PageRequest.of(1, 20, Sort.by("registrationDate").descending()));
        assertThat(page).hasSize(20);
        assertThat(page).extracting(MemberDetails::registrationDate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        MemberDetails someone = page.getFirst();
        String number = someone.mediciChirurghiNumber() != null ? someone.mediciChirurghiNumber() : someone.odontoiatriNumber();
        assertThat(members.find(MemberFilter.text(number), Pageable.ofSize(10))).extracting(MemberDetails::id).contains(someone.id());
        var registeredThatDay = MemberFilter.none().withRegisteredFrom(someone.registrationDate()).withRegisteredTo(someone.registrationDate());
        assertThat(members.find(registeredThatDay, Pageable.ofSize(50))).extracting(MemberDetails::id).contains(someone.id())
                .hasSize((int) members.count(registeredThatDay));
        var german = members.find(MemberFilter.text("müll"), Pageable.ofSize(50));
        assertThat(german).isNotEmpty().allSatisfy(m -> assertThat(m.surname()).startsWith("Müller"));
        var odontoiatri = MemberFilter.none().withSection(RegisterSection.ODONTOIATRI).withStatus(MemberStatus.ACTIVE);
        assertThat(members.find(odontoiatri, Pageable.ofSize(500))).hasSize((int) members.count(odontoiatri))
                .allSatisfy(m -> assertThat(m.odontoiatriNumber()).isNotNull());
        assertThat(members.countByStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all);
    }

    @Test
    void anImportUpsertsThroughTheSameRules() {
        signIn.as("admin.po");
        var form = MemberForms.medico("Fabbrì", "Ilaria", true, BORN, "G999", "9010");
        assertThat(members.preview(form).kind()).isEqualTo(MemberChange.Kind.CREATED);
        assertThat(members.upsert(form).kind()).isEqualTo(MemberChange.Kind.CREATED);
        assertThat(members.preview(form).kind()).isEqualTo(MemberChange.Kind.UNCHANGED);
        form.setPhone("333 1234567");
        assertThat(members.preview(form).changes()).extracting("field").containsExactly("phone");
        assertThat(members.upsert(form).kind()).isEqualTo(MemberChange.Kind.CHANGED);
    }

    @Test
    void aChunkHasTheOutcomesOfOneFormAtATime() {
        signIn.as("admin.po");
        var changed = MemberForms.medico("Lastrucci", "Gemma", true, BORN, "G999", "9020");
        var unchanged = MemberForms.medico("Lastrucci", "Duccio", false, BORN, "G999", "9021");
        MemberDetails before = members.create(changed);
        MemberDetails same = members.create(unchanged);
        changed.setPhone("0574 123456");
        var created = MemberForms.medico("Lastrucci", "Nilde", true, BORN, "G999", "9022");
        var twice = MemberForms.medico("Lastrucci", "Oreste", false, BORN, "G999", "9023");
        var twiceChanged = MemberForms.medico("Lastrucci", "Oreste", false, BORN, "G999", "9023");
        twiceChanged.setEmail("oreste@altro.it");
        var noSection = MemberForms.medico("Lastrucci", "Pia", true, BORN, "G999", "9024");
        noSection.setMediciChirurghiNumber(null);
        var blank = MemberForms.medico("Lastrucci", "Rino", false, BORN, "G999", "9025");
        blank.setSurname(" ");
        var forms = java.util.List.of(created, changed, unchanged, noSection, blank);

        var previews = members.previewAll(forms);
        for (int i = 0; i < 3; i++) {
            MemberChange one = members.preview(forms.get(i));
            assertThat(previews.get(i)).extracting(MemberChange::kind, MemberChange::member, MemberChange::changes)
                    .containsExactly(one.kind(), one.member(), one.changes());
        }
        assertThat(previews).extracting(MemberChange::kind).containsExactly(MemberChange.Kind.CREATED, MemberChange.Kind.CHANGED,
                MemberChange.Kind.UNCHANGED, MemberChange.Kind.REFUSED, MemberChange.Kind.REFUSED);
        assertRefused(() -> members.preview(noSection), "member.error.noSection");
        assertThat(previews.get(3).refusal()).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("member.error.noSection"));
        assertThatThrownBy(() -> members.preview(blank)).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(previews.get(4).refusal()).isInstanceOf(jakarta.validation.ConstraintViolationException.class);

        var withTwice = new java.util.ArrayList<>(forms);
        withTwice.add(twice);
        withTwice.add(twiceChanged);
        var outcomes = members.upsertAll(withTwice);

        assertThat(outcomes).extracting(MemberChange::kind).containsExactly(MemberChange.Kind.CREATED, MemberChange.Kind.CHANGED,
                MemberChange.Kind.UNCHANGED, MemberChange.Kind.REFUSED, MemberChange.Kind.REFUSED, MemberChange.Kind.CREATED,
                MemberChange.Kind.CHANGED);
        assertThat(outcomes.get(0).changes()).isEqualTo(previews.get(0).changes());
        assertThat(outcomes.get(1).changes()).extracting("field").containsExactly("phone");
        assertThat(outcomes.get(6).changes()).extracting("field").containsExactly("email");
        // stored as a single save stores: derived columns, versions, nothing for the refused forms
        MemberDetails nilde = members.findDetailsByFiscalCode(created.getFiscalCode()).orElseThrow();
        assertThat(outcomes.get(0).member()).isEqualTo(nilde);
        assertThat(nilde.birthplaceName()).isEqualTo("Prato");
        assertThat(nilde.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(nilde.registrationDate()).isEqualTo(BORN.plusYears(27));
        assertThat(nilde.statusDate()).isEqualTo(nilde.registrationDate());
        assertThat(nilde.version()).isEqualTo(before.version());
        MemberDetails gemma = members.get(before.id());
        assertThat(gemma.phone()).isEqualTo("0574 123456");
        assertThat(gemma.version()).isEqualTo(before.version() + 1);
        assertThat(members.get(same.id())).isEqualTo(same);
        assertThat(members.findByFiscalCode(noSection.getFiscalCode())).isEmpty();
        assertThat(members.findByFiscalCode(blank.getFiscalCode())).isEmpty();
        assertThat(members.findDetailsByFiscalCode(twice.getFiscalCode()).map(MemberDetails::email)).contains("oreste@altro.it");

        // one audit entry per member written, with who and the field changes
        assertThat(audit.find(AuditFilter.forEntity("member", nilde.id()), Pageable.ofSize(10))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("created");
            assertThat(e.username()).isEqualTo("admin.po");
            assertThat(e.changes()).isEqualTo(outcomes.get(0).changes());
        });
        assertThat(audit.find(AuditFilter.forEntity("member", gemma.id()), Pageable.ofSize(10))).extracting("action")
                .containsExactly("changed", "created");
        assertThat(audit.find(AuditFilter.forEntity("member", gemma.id()), Pageable.ofSize(10)).getFirst().changes())
                .extracting("field", "oldValue", "newValue").containsExactly(org.assertj.core.groups.Tuple.tuple("phone", null, "0574 123456"));
        assertThat(audit.find(AuditFilter.forEntity("member", same.id()), Pageable.ofSize(10))).extracting("action").containsExactly("created");
        long oreste = outcomes.get(6).member().id();
        assertThat(audit.find(AuditFilter.forEntity("member", oreste), Pageable.ofSize(10))).extracting("action")
                .containsExactly("changed", "created");
    }

    @Test
    void aChunkIsScopedToTheCallersOrder() {
        signIn.as("admin.bz");
        var form = MemberForms.medico("Zanvettor", "Gretl", true, BORN, "G999", "9030");
        MemberDetails inBolzano = members.create(form);
        signIn.as("admin.po");
        form.setEmail("gretl@prato.it");
        assertThat(members.previewAll(java.util.List.of(form))).extracting(MemberChange::kind).containsExactly(MemberChange.Kind.CREATED);
        var outcome = members.upsertAll(java.util.List.of(form)).getFirst();
        assertThat(outcome.kind()).isEqualTo(MemberChange.Kind.CREATED);
        assertThat(outcome.member().orderId()).isNotEqualTo(inBolzano.orderId());
        assertThat(members.findDetailsByFiscalCode(form.getFiscalCode()).map(MemberDetails::email)).contains("gretl@prato.it");
        signIn.as("admin.bz");
        assertThat(members.get(inBolzano.id())).isEqualTo(inBolzano);
        assertThat(audit.find(AuditFilter.forEntity("member", inBolzano.id()), Pageable.ofSize(10))).extracting("action")
                .containsExactly("created");
    }

    @Test
    void onlyAnAdminWritesAChunk() {
        signIn.as("finance.po");
        var form = MemberForms.medico("Vestri", "Lapo", false, BORN, "G999", "9040");
        assertThatThrownBy(() -> members.previewAll(java.util.List.of(form))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.upsertAll(java.util.List.of(form))).isInstanceOf(AccessDeniedException.class);
    }

    private long left(long memberId) {
        return events.stream(MemberLeftOrder.class).filter(e -> e.memberId() == memberId).count();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
