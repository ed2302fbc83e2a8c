package it.albopec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import it.albopec.base.ServiceException;
import it.albopec.convention.ConventionForm;
import it.albopec.convention.ConventionService;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.HttpUser;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attacker or a broken clipboard types into the forms — 10 MB in a name, SQL and script snippets, a lone
 * surrogate half, control characters — through the services the forms call and through the login form over HTTP:
 * either a clear refusal (Bean Validation or {@link ServiceException}) with nothing written, or, where the text is
 * valid, stored verbatim as text (no SQL injection: the table is still there). Uploads are covered by the import.
 */
@AlboPecTest
class HostileInputTest {

    static final String TEN_MB = "A".repeat(10 * 1024 * 1024);
    static final String LONE_SURROGATE = "Ro\uD800ssi";
    static final String REVERSED_SURROGATES = "Ro\uDC00\uD800ssi";
    static final List<String> CONTROL = List.of("Ros\u0000si", "Ros\u0007si", "Rossi\u001B[2J", "Ros\nsi", "Ros\u0085si");
    static final String SQL = "Robert'); DROP TABLE member;--";
    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired MemberService members;
    @Autowired UserAdministration users;
    @Autowired OrderService orders;
    @Autowired ConventionService conventions;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMemberWithAHostileNameIsRefusedAndNothingIsWritten() {
        signIn.as("admin.po");
        for (String hostile : hostileNames()) {
            assertRefusedWithoutWriting(hostile, "member", () -> members.create(physicianNamed(hostile)));
            MemberDetails existing = members.find(MemberFilter.none(), PageRequest.of(0, 1)).getFirst();
            assertRefusedWithoutWriting(hostile, "member", () -> {
                MemberForm form = MemberForm.of(existing);
                form.setGivenName(hostile);
                members.update(existing.id(), existing.version(), form);
            });
            assertThat(members.get(existing.id())).as("unchanged").isEqualTo(existing);
        }
    }

    @Test
    void sqlAndScriptSnippetsAreStoredAsTextOrRefusedAndTheTableStays() {
        signIn.as("admin.po");
        for (String snippet : List.of(SQL, SCRIPT, "O'Brien\" OR 1=1 --", "%_\\")) {
            MemberForm form = physicianNamed(snippet);
            Throwable refused = catchThrowable(() -> {
                MemberDetails created = members.create(form);
                assertThat(members.get(created.id()).surname()).as("stored verbatim").isEqualTo(snippet);
                assertThat(members.find(MemberFilter.text(snippet), PageRequest.of(0, 10))).as("found by its text")
                        .extracting(MemberDetails::id).contains(created.id());
            });
            if (refused != null) {
                assertThat(refused).isInstanceOfAny(ServiceException.class, ConstraintViolationException.class);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class)).as("the member table is still there").isPositive();
        }
    }

    @Test
    void aStaffUserWithAHostileNameIsRefused() {
        signIn.as("admin.po");
        for (String hostile : hostileNames()) {
            assertRefusedWithoutWriting(hostile, "app_user", () -> users.createStaffUser(
                    new UserAdministration.NewUser("ostile.po", hostile, null, AppRoles.FINANCE)));
        }
        for (String username : List.of(SQL, SCRIPT, "a\u0000b", TEN_MB)) {
            assertRefusedWithoutWriting(username, "app_user", () -> users.createStaffUser(
                    new UserAdministration.NewUser(username, "Ostile", null, AppRoles.FINANCE)));
        }
    }

    @Test
    void anOrderWithHostileTextIsRefused() {
        signIn.as("operator");
        for (String hostile : hostileNames()) {
            assertRefusedWithoutWriting(hostile, "medical_order", () -> orders.create(orderNamed(f -> f.setName(hostile)),
                    new UserAdministration.NewUser("admin.xx", "Segreteria", null, AppRoles.ADMIN), "a-long-password"));
            assertRefusedWithoutWriting(hostile, "app_user", () -> orders.create(orderNamed(f -> f.setAddress(hostile)),
                    new UserAdministration.NewUser("admin.xx", "Segreteria", null, AppRoles.ADMIN), "a-long-password"));
        }
        long prato = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'PO'", Long.class);
        var before = orders.get(prato);
        for (String hostile : hostileNames()) {
            OrderForm form = OrderForm.of(before);
            form.setAddress(hostile);
            assertThatThrownBy(() -> orders.update(prato, before.version(), form)).as(describe(hostile))
                    .isInstanceOfAny(ConstraintViolationException.class, ServiceException.class);
        }
        assertThat(orders.get(prato)).isEqualTo(before);
    }

    @Test
    void aConventionWithHostileTextIsRefused() {
        signIn.as("admin.po");
        var own = conventions.list(PageRequest.of(0, 1)).getFirst();
        for (String hostile : hostileNames()) {
            ConventionForm form = ConventionForm.of(own);
            form.setPasswordExample(hostile);
            assertThatThrownBy(() -> conventions.update(own.id(), own.version(), form)).as(describe(hostile))
                    .isInstanceOfAny(ConstraintViolationException.class, ServiceException.class);
        }
        ConventionForm consents = ConventionForm.of(own);
        consents.setConsents("Accetto\u0000");
        assertThatThrownBy(() -> conventions.update(own.id(), own.version(), consents)).isInstanceOf(ConstraintViolationException.class);
        assertThat(conventions.get(own.id())).isEqualTo(own);
    }

    @Test
    void theLoginFormRefusesHostileCredentialsAndKeepsWorking() {
        for (String[] credentials : List.of(new String[] {"admin.po' OR '1'='1", "x' OR '1'='1"}, new String[] {SQL, SQL},
                new String[] {SCRIPT, SCRIPT}, new String[] {"admin\u0000.po", "demo"}, new String[] {"admin.po\u200B", "demo"}, new String[] {"A".repeat(1024 * 1024), "demo"},
                new String[] {"admin.po", "A".repeat(1024 * 1024)})) {
            HttpUser user = HttpUser.onPort(port);
            HttpResponse<String> login = user.logIn(credentials[0], credentials[1]);
            assertThat(login.statusCode()).as(describe(credentials[0])).isIn(302, 400, 413);
            if (login.statusCode() == 302) {
                String what = "back to the login with an error: " + describe(credentials[0]) + " / " + describe(credentials[1]);
                assertThat(HttpUser.location(login)).hasValueSatisfying(url -> assertThat(url).as(what).contains("/login"));
            }
            assertThat(HttpUser.location(user.get("/"))).as("not signed in").hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
        }
        HttpUser real = HttpUser.onPort(port);
        assertThat(HttpUser.location(real.logIn("admin.bz", "demo"))).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class)).isPositive();
    }

    private static List<String> hostileNames() {
        var names = new java.util.ArrayList<>(List.of(TEN_MB, LONE_SURROGATE, REVERSED_SURROGATES, "\uFFFE"));
        names.addAll(CONTROL);
        return names;
    }

    /** A valid new physician whose surname is the hostile text (the codice fiscale is computed from a clean one). */
    private static MemberForm physicianNamed(String surname) {
        MemberForm form = TestMembers.physician("Ostile", "Ottavio", LocalDate.now().minusYears(2));
        form.setSurname(surname);
        if (surname.chars().allMatch(c -> c < 0x7F && !Character.isISOControl(c)) && surname.length() < 100) {
            // a surname the codice fiscale can agree with: compute it from the text itself
            try {
                form = TestMembers.physician(surname, "Ottavio", LocalDate.now().minusYears(2));
            } catch (IllegalArgumentException noLetters) {
                // no letters to compute a codice fiscale from: the register refuses the mismatch
            }
        }
        return form;
    }

    private static OrderForm orderNamed(Consumer<OrderForm> hostile) {
        var form = new OrderForm();
        form.setProvinceCode("XX");
        form.setName("Ordine di prova");
        form.setPecAddresses("segreteria.xx@pec.omceo.it");
        hostile.accept(form);
        return form;
    }

    private void assertRefusedWithoutWriting(String hostile, String table, Runnable action) {
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        long audit = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        assertThatThrownBy(action::run).as(describe(hostile)).isInstanceOfAny(ConstraintViolationException.class, ServiceException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as("nothing written: " + describe(hostile)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(audit);
    }

    private static String describe(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " chars)" : text;
        StringBuilder escaped = new StringBuilder();
        head.chars().forEach(c -> escaped.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

}
