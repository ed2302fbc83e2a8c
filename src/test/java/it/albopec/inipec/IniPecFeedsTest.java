package it.albopec.inipec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import it.albopec.base.ServiceException;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The feeds of one Order over time: everything first, then only the changes, every feed kept and downloadable again. */
@AlboPecTest
class IniPecFeedsTest {

    @Autowired IniPecFeeds feeds;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theFirstFeedListsEveryValidPecThenOnlyTheChangesAreSent() {
        signIn.as("admin.bz");
        long bolzano = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'BZ'", Long.class);
        long withValidPec = jdbc.queryForObject("SELECT COUNT(*) FROM member m JOIN mailbox b ON b.member_id = m.id "
                + "WHERE m.order_id = ? AND m.status IN ('ACTIVE', 'SUSPENDED') AND b.state IN ('ACTIVE', 'EXPIRING') AND TRIM(b.pec_address) <> '' "
                + "AND NOT EXISTS (SELECT 1 FROM mailbox n WHERE n.member_id = m.id AND n.id > b.id)", Long.class, bolzano);
        assertThat(withValidPec).isPositive();

        IniPecFeedSummary first = feeds.generate();
        assertThat(first.inserts()).isEqualTo(withValidPec);
        assertThat(first.updates()).isZero();
        assertThat(first.deletes()).isZero();
        assertThat(first.username()).isEqualTo("admin.bz");
        String firstFile = file(first.id());
        assertThat(firstFile.split("\r\n")).hasSize((int) withValidPec).allSatisfy(line -> {
            assertThat(line.split(";", -1)).hasSize(8);
            assertThat(line.split(";", -1)[5]).isEqualTo("insert");
        });
        assertThatThrownBy(feeds::generate).isInstanceOf(ServiceException.class).hasMessageStartingWith("inipec.error.nothingToSend");

        // a changed registration number is an update, a struck-off member a delete: the two lines, written by hand
        Map<String, Object> a = member(bolzano, 0);
        Map<String, Object> b = member(bolzano, 1);
        MemberDetails renumbered = members.get((Long) a.get("id"));
        MemberForm form = MemberForm.of(renumbered);
        form.setMediciChirurghiNumber("99" + renumbered.mediciChirurghiNumber());
        members.update(renumbered.id(), renumbered.version(), form);
        MemberDetails leaving = members.get((Long) b.get("id"));
        LocalDate struckOffOn = LocalDate.of(2026, 11, 2);
        members.strikeOff(leaving.id(), leaving.version(), struckOffOn, "Cancellazione su domanda");

        IniPecFeedSummary second = feeds.generate();
        assertThat(second.inserts()).isZero();
        assertThat(second.updates()).isEqualTo(1);
        assertThat(second.deletes()).isEqualTo(1);
        var d = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String update = a.get("pec_address") + ";" + renumbered.givenName() + ";" + renumbered.surname() + ";99"
                + renumbered.mediciChirurghiNumber() + ";" + renumbered.fiscalCode() + ";update;" + d.format(renumbered.registrationDate()) + ";";
        String delete = b.get("pec_address") + ";" + leaving.givenName() + ";" + leaving.surname() + ";"
                + (leaving.mediciChirurghiNumber() != null ? leaving.mediciChirurghiNumber() : leaving.odontoiatriNumber()) + ";"
                + leaving.fiscalCode() + ";delete;" + d.format(leaving.registrationDate()) + ";02/11/2026";
        assertThat(file(second.id()).split("\r\n")).containsExactlyInAnyOrder(update, delete);

        assertThat(feeds.history(PageRequest.of(0, 10))).extracting(IniPecFeedSummary::id).startsWith(second.id(), first.id());
        assertThat(file(first.id())).as("a past feed downloads as it was sent").isEqualTo(firstFile);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'inipec-feed' AND entity_id = ?", Long.class,
                second.id())).isEqualTo(1);

        signIn.as("finance.bz");
        assertThatThrownBy(feeds::generate).isInstanceOf(AccessDeniedException.class);
    }

    /** The n-th registered member of the Order (by id) with a working mailbox, with its address. */
    private Map<String, Object> member(long orderId, int n) {
        return jdbc.queryForMap("SELECT m.id, b.pec_address FROM member m JOIN mailbox b ON b.member_id = m.id "
                + "WHERE m.order_id = ? AND m.status = 'ACTIVE' AND b.state IN ('ACTIVE', 'EXPIRING') AND m.medici_number IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM mailbox x WHERE x.member_id = m.id AND x.id > b.id) ORDER BY m.id LIMIT 1 OFFSET " + n, orderId);
    }

    private String file(long feedId) {
        var out = new ByteArrayOutputStream();
        feeds.writeFile(feedId, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
