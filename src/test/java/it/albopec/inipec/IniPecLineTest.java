package it.albopec.inipec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The INI-PEC feed's lines, field by field, against lines written by hand from the format (DESIGN.md). */
class IniPecLineTest {

    private static final LocalDate REGISTERED = LocalDate.of(2010, 5, 3);

    private static IniPecFeedStore.Current today(String status, LocalDate statusDate, String pec) {
        return new IniPecFeedStore.Current("RSSMRA80A01G999Z", "Rossi", "Mario", "1234", REGISTERED, status, statusDate, pec);
    }

    private static final IniPecLine PUBLISHED = new IniPecLine("mario.rossi@pec.omceo-po.it", "Mario", "Rossi", "1234", "RSSMRA80A01G999Z",
            null, REGISTERED, null);

    @Test
    void aRegisteredMemberWithANewPecIsAnInsert() {
        IniPecLine line = IniPecFeeds.change(today("ACTIVE", REGISTERED, "mario.rossi@pec.omceo-po.it"), null);
        assertThat(line.format()).isEqualTo("mario.rossi@pec.omceo-po.it;Mario;Rossi;1234;RSSMRA80A01G999Z;insert;03/05/2010;");
    }

    @Test
    void aChangedPecIsAnUpdateWithTheNewAddress() {
        IniPecLine line = IniPecFeeds.change(today("SUSPENDED", LocalDate.of(2025, 1, 9), "m.rossi@pec.it"), PUBLISHED);
        assertThat(line.format()).isEqualTo("m.rossi@pec.it;Mario;Rossi;1234;RSSMRA80A01G999Z;update;03/05/2010;");
    }

    @Test
    void aStruckOffMemberIsADeleteOfTheKnownAddressWithTheCancellationDate() {
        IniPecLine line = IniPecFeeds.change(today("STRUCK_OFF", LocalDate.of(2026, 10, 15), null), PUBLISHED);
        assertThat(line.format()).isEqualTo("mario.rossi@pec.omceo-po.it;Mario;Rossi;1234;RSSMRA80A01G999Z;delete;03/05/2010;15/10/2026");
        IniPecLine transferred = IniPecFeeds.change(today("TRANSFERRED", LocalDate.of(2026, 2, 1), "mario.rossi@pec.omceo-po.it"), PUBLISHED);
        assertThat(transferred.format()).isEqualTo("mario.rossi@pec.omceo-po.it;Mario;Rossi;1234;RSSMRA80A01G999Z;delete;03/05/2010;01/02/2026");
    }

    @Test
    void aPecNoLongerValidIsADeleteWithoutCancellationDate() {
        IniPecLine line = IniPecFeeds.change(today("ACTIVE", REGISTERED, null), PUBLISHED);
        assertThat(line.format()).isEqualTo("mario.rossi@pec.omceo-po.it;Mario;Rossi;1234;RSSMRA80A01G999Z;delete;03/05/2010;");
    }

    @Test
    void whatTheIndexKnowsAlreadyIsNoLineAndNeitherIsAMemberItNeverKnew() {
        assertThat(IniPecFeeds.change(today("ACTIVE", REGISTERED, "mario.rossi@pec.omceo-po.it"), PUBLISHED)).isNull();
        assertThat(IniPecFeeds.change(today("ACTIVE", REGISTERED, null), null)).isNull();
        assertThat(IniPecFeeds.change(today("DECEASED", REGISTERED, null), null)).isNull();
    }

    @Test
    void aSeparatorInsideAValueNeverShiftsTheFields() {
        var line = new IniPecLine("a@pec.it", "Anna;Maria", "De\nLuca", null, "DLCNMR80A41G999X", IniPecLine.State.INSERT, REGISTERED, null);
        assertThat(line.format()).isEqualTo("a@pec.it;Anna Maria;De Luca;;DLCNMR80A41G999X;insert;03/05/2010;");
        assertThat(line.format().split(";", -1)).hasSize(8);
    }
}
