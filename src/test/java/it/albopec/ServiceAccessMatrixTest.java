package it.albopec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import it.albopec.base.NotFoundException;
import it.albopec.mailbox.PreloadLists;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant isolation of the services, the layer under every view, download and job: EVERY public method of every
 * {@code @Service} of the application that takes a record id (a {@code long}/{@code Long} parameter named {@code id}
 * or {@code ...Id}), found by reflection, is called by Prato's ADMIN with the id of a record of ANOTHER Order (the
 * demo data of Foggia) and must refuse: {@link NotFoundException} or {@link AccessDeniedException}. A new such method
 * fails this test until it is listed in {@link #FOREIGN_ID} with the kind of record its id names. The pre-load
 * list's file (the download of {@code PreloadListsView}) is {@code PreloadLists.writeFile}, covered here too.
 */
@AlboPecTest
class ServiceAccessMatrixTest {

    /** The kinds of record an id can name, each with a query for one of Foggia's. */
    enum Kind {
        ORDER("SELECT id FROM medical_order WHERE province_code = 'FG'"),
        MEMBER("SELECT MIN(m.id) FROM member m JOIN medical_order o ON o.id = m.order_id WHERE o.province_code = 'FG'"),
        MAILBOX("SELECT MIN(b.id) FROM mailbox b JOIN medical_order o ON o.id = b.order_id WHERE o.province_code = 'FG'"),
        CONVENTION("SELECT MIN(c.id) FROM convention c JOIN medical_order o ON o.id = c.order_id WHERE o.province_code = 'FG'"),
        PRELOAD_LIST("SELECT MIN(l.id) FROM preload_list l JOIN medical_order o ON o.id = l.order_id WHERE o.province_code = 'FG'"),
        USER("SELECT MIN(u.id) FROM app_user u JOIN medical_order o ON o.id = u.order_id WHERE o.province_code = 'FG'"),
        IMPORT_RUN("SELECT MIN(r.id) FROM import_run r JOIN medical_order o ON o.id = r.order_id WHERE o.province_code = 'FG'"),
        INIPEC_FEED("SELECT MIN(f.id) FROM inipec_feed f JOIN medical_order o ON o.id = f.order_id WHERE o.province_code = 'FG'"),
        CHARGE("SELECT MIN(ch.id) FROM finance_charge ch JOIN medical_order o ON o.id = ch.order_id WHERE o.province_code = 'FG'"),
        INVOICE("SELECT MIN(i.id) FROM finance_invoice i JOIN medical_order o ON o.id = i.order_id WHERE o.province_code = 'FG'"),
        COMPLIANCE_CASE("SELECT MIN(c.id) FROM compliance_case c JOIN medical_order o ON o.id = c.order_id WHERE o.province_code = 'FG'");

        final String query;

        Kind(String query) {
            this.query = query;
        }
    }

    /**
     * "Service.method(ParameterTypes)" → the kind of record its id names. A method missing here fails the test:
     * add it, with the kind, when you add a method that takes an id.
     */
    static final Map<String, Kind> FOREIGN_ID = new LinkedHashMap<>();

    static {
        FOREIGN_ID.put("MemberService.get(long)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.findSummary(long)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.statusHistory(long)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.update(long,long,MemberForm)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.save(MemberForm,Long,Long)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.suspend(long,long,LocalDate,String)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.reinstate(long,long,LocalDate,String)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.transfer(long,long,LocalDate,String,String)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.strikeOff(long,long,LocalDate,String)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.recordDeath(long,long,LocalDate,String)", Kind.MEMBER);
        FOREIGN_ID.put("MemberService.changeStatus(long,long,StatusAction,LocalDate,String,String)", Kind.MEMBER);
        FOREIGN_ID.put("MailboxService.get(long)", Kind.MAILBOX);
        FOREIGN_ID.put("MailboxService.history(long)", Kind.MAILBOX);
        FOREIGN_ID.put("MailboxService.ofMember(long)", Kind.MEMBER);
        FOREIGN_ID.put("MailboxService.apply(long,long,MailboxCommand)", Kind.MAILBOX);
        FOREIGN_ID.put("PreloadLists.get(long)", Kind.PRELOAD_LIST);
        FOREIGN_ID.put("PreloadLists.writeFile(long,OutputStream)", Kind.PRELOAD_LIST);
        FOREIGN_ID.put("PreloadLists.outlook(long)", Kind.MEMBER);
        FOREIGN_ID.put("ConventionService.get(long)", Kind.CONVENTION);
        FOREIGN_ID.put("ConventionService.forOrder(long)", Kind.ORDER);
        FOREIGN_ID.put("ConventionService.ensureAcceptingRequests(long)", Kind.CONVENTION);
        FOREIGN_ID.put("ConventionService.update(long,long,ConventionForm)", Kind.CONVENTION);
        FOREIGN_ID.put("ConventionService.disable(long,long,String,String)", Kind.CONVENTION);
        FOREIGN_ID.put("ConventionService.activate(long,long,LocalDate,String)", Kind.CONVENTION);
        FOREIGN_ID.put("ConventionService.saveInstructions(long,String,long,String,String)", Kind.CONVENTION);
        FOREIGN_ID.put("OrderService.get(long)", Kind.ORDER);
        FOREIGN_ID.put("OrderService.update(long,long,OrderForm)", Kind.ORDER);
        FOREIGN_ID.put("UserAdministration.createFirstAdmin(long,NewUser,String)", Kind.ORDER);
        FOREIGN_ID.put("UserAdministration.setEnabled(long,long,boolean)", Kind.USER);
        FOREIGN_ID.put("UserAdministration.resetPassword(long)", Kind.USER);
        FOREIGN_ID.put("UserAdministration.countOrderAdmins(long)", Kind.ORDER);
        FOREIGN_ID.put("AuditTrail.record(long,String,long,String,String,List)", Kind.ORDER);
        FOREIGN_ID.put("AuditTrail.recordAll(long,String,List)", Kind.ORDER);
        FOREIGN_ID.put("ImportService.apply(long,boolean,ImportProgress)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.countRows(long,ImportRowOutcome)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.get(long)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.headers(long)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.rows(long,ImportRowOutcome,int,int)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.writeFailedRows(long,OutputStream,Function,String)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("ImportService.writePreview(long,OutputStream,List,Function)", Kind.IMPORT_RUN);
        FOREIGN_ID.put("IniPecFeeds.get(long)", Kind.INIPEC_FEED);
        FOREIGN_ID.put("IniPecFeeds.writeFile(long,OutputStream)", Kind.INIPEC_FEED);
        // finance (issue 12)
        FOREIGN_ID.put("ChargeService.get(long)", Kind.CHARGE);
        FOREIGN_ID.put("ChargeService.settle(long,long,Settlement)", Kind.CHARGE);
        FOREIGN_ID.put("FeeSchedule.history(long)", Kind.CONVENTION);
        FOREIGN_ID.put("FeeSchedule.setFee(long,LocalDate,BigDecimal)", Kind.CONVENTION);
        FOREIGN_ID.put("MemberCosts.nextCharge(long)", Kind.MEMBER);
        FOREIGN_ID.put("InvoiceCheck.get(long)", Kind.INVOICE);
        FOREIGN_ID.put("InvoiceCheck.lines(long,InvoiceOutcome,Pageable)", Kind.INVOICE);
        FOREIGN_ID.put("InvoiceCheck.countLines(long,InvoiceOutcome)", Kind.INVOICE);
        FOREIGN_ID.put("InvoiceCheck.writeFile(long,OutputStream)", Kind.INVOICE);
        FOREIGN_ID.put("InvoiceCheck.markMatchedPaid(long,LocalDate)", Kind.INVOICE);
        FOREIGN_ID.put("InvoiceCheck.linesAfter(long,InvoiceOutcome,InvoiceLine,int)", Kind.INVOICE);
        FOREIGN_ID.put("FinanceReports.writeInvoiceReport(long,Locale,OutputStream)", Kind.INVOICE);
        FOREIGN_ID.put("MemberAccess.issueActivation(long)", Kind.MEMBER);
        FOREIGN_ID.put("MemberAccess.testMessageDeclaredOn(long)", Kind.MEMBER);
        FOREIGN_ID.put("Outbox.enqueue(long,String,String,String,String,String)", Kind.ORDER);
        FOREIGN_ID.put("ComplianceService.getCase(long)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ComplianceService.casesOfMember(long)", Kind.MEMBER);
        FOREIGN_ID.put("ComplianceService.externalAddress(long)", Kind.MEMBER);
        FOREIGN_ID.put("ComplianceService.remind(long,String)", Kind.MEMBER);
        FOREIGN_ID.put("ComplianceService.sendNotice(long,long)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ComplianceService.changeLetterLanguage(long,long,String)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ComplianceService.proposeToCouncil(long,long,LocalDate)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ComplianceService.suspend(long,long)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ComplianceService.recordExternalPec(long,String)", Kind.MEMBER);
        FOREIGN_ID.put("ComplianceService.markExternalPecInvalid(long,long,InvalidReason,String)", Kind.MEMBER);
        FOREIGN_ID.put("ComplianceService.writeLetter(long,LetterKind,OutputStream)", Kind.COMPLIANCE_CASE);
        FOREIGN_ID.put("ImportService.phases(long)", Kind.IMPORT_RUN);
    }

    /**
     * Methods whose id names no Order's record, with the reason; they are still listed so that the choice is made
     * on purpose. Providers (Aruba) are shared by all Orders: everyone staff reads them, only the operator changes them.
     */
    static final Map<String, String> NOT_TENANT_DATA = Map.of(
            "ProviderService.get(long)", "providers are shared by all Orders",
            "ProviderService.update(long,long,ProviderForm)", "providers are shared; only the operator changes them (checked below)",
            "AuditTrail.recordPlatform(String,long,String,String,List)", "a provider's audit entry; refused to a user of an Order (OneAuditTrailTest)");

    @Autowired ApplicationContext context;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PreloadLists preloadLists;

    private Object lastResult;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Foggia's demo data has no import: one previewed run of Foggia's is the foreign record for the import service. */
    @org.junit.jupiter.api.BeforeEach
    void foggiaHasAnImport() {
        jdbc.update("INSERT INTO import_run (order_id, kind, username, started_at, file_name, file_size, status, headers, mapping) "
                + "SELECT id, 'REGISTER', 'admin.fg', NOW(3), 'albo-foggia.xlsx', 1024, 'PREVIEWED', 'Cognome', 'SURNAME=0' "
                + "FROM medical_order WHERE province_code = 'FG' AND NOT EXISTS "
                + "(SELECT 1 FROM import_run r WHERE r.order_id = medical_order.id)");
        jdbc.update("INSERT INTO inipec_feed (order_id, created_at, username, inserts, updates, deletes, file_name, content) "
                + "SELECT id, NOW(3), 'admin.fg', 0, 0, 0, 'inipec-foggia.csv', '' FROM medical_order WHERE province_code = 'FG' AND NOT EXISTS "
                + "(SELECT 1 FROM inipec_feed f WHERE f.order_id = medical_order.id)");
        // and a checked invoice of the provider's (finance)
        jdbc.update("INSERT INTO finance_invoice (order_id, file_name, file_size, content, uploaded_by, uploaded_at) "
                + "SELECT id, 'fattura-fg.csv', 3, 'a;b', 'finance.fg', NOW(3) FROM medical_order WHERE province_code = 'FG' AND NOT EXISTS "
                + "(SELECT 1 FROM finance_invoice i WHERE i.order_id = medical_order.id)");
    }

    @Test
    void everyMethodTakingAnIdRefusesAnotherOrdersRecord() {
        Map<String, Method> methods = methodsTakingAnId();
        assertThat(methods).as("the scan finds the services' methods").hasSizeGreaterThan(20);
        List<String> unmapped = methods.keySet().stream()
                .filter(key -> !FOREIGN_ID.containsKey(key) && !NOT_TENANT_DATA.containsKey(key)).toList();
        assertThat(unmapped).as("methods taking an id without a rule in FOREIGN_ID (say which record their id names)").isEmpty();
        assertThat(FOREIGN_ID.keySet()).as("rules for methods that no longer exist").allMatch(methods::containsKey);

        Map<Kind, Long> foreign = foreignIds();
        signIn.as("admin.po");
        List<String> leaks = new ArrayList<>();
        for (var entry : methods.entrySet()) {
            Kind kind = FOREIGN_ID.get(entry.getKey());
            if (kind == null) {
                continue;
            }
            Optional<Throwable> outcome = call(entry.getValue(), foreign.get(kind));
            if (outcome.isEmpty()) {
                leaks.add(entry.getKey() + " answered for " + kind + " " + foreign.get(kind) + ": " + lastResult);
            } else if (!(outcome.get() instanceof NotFoundException) && !(outcome.get() instanceof AccessDeniedException)) {
                leaks.add(entry.getKey() + " threw " + outcome.get());
            }
        }
        assertThat(leaks).as("every method refuses another Order's record with 'not found' or 'access denied'").isEmpty();
    }

    /**
     * A member (issue 13) reaches no record through any service method taking an id: not another member of their own
     * Order, nor that member's mailbox, nor a staff user, nor anything of another Order.
     */
    @Test
    void aMemberReachesNoRecordThroughAnyMethodTakingAnId() {
        Map<Kind, Long> ids = new LinkedHashMap<>(foreignIds());
        Map<String, Object> me = jdbc.queryForMap("SELECT u.username, u.member_id, u.order_id FROM app_user u JOIN medical_order o "
                + "ON o.id = u.order_id WHERE u.role = 'MEMBER' AND o.province_code = 'PO' ORDER BY u.id LIMIT 1");
        long orderId = ((Number) me.get("order_id")).longValue();
        long memberId = ((Number) me.get("member_id")).longValue();
        ids.put(Kind.MEMBER, jdbc.queryForObject("SELECT MIN(id) FROM member WHERE order_id = ? AND id <> ?", Long.class, orderId, memberId));
        ids.put(Kind.MAILBOX, jdbc.queryForObject("SELECT MIN(id) FROM mailbox WHERE order_id = ? AND member_id <> ?", Long.class, orderId, memberId));
        ids.put(Kind.USER, jdbc.queryForObject("SELECT MIN(id) FROM app_user WHERE order_id = ? AND role = 'ADMIN'", Long.class, orderId));
        signIn.as("admin.po");
        conventionForm = conventionForm();
        signIn.as((String) me.get("username"));
        List<String> leaks = new ArrayList<>();
        for (var entry : methodsTakingAnId().entrySet()) {
            Kind kind = FOREIGN_ID.get(entry.getKey());
            if (kind == null) {
                continue;
            }
            Optional<Throwable> outcome = call(entry.getValue(), ids.get(kind));
            if (outcome.isEmpty()) {
                leaks.add(entry.getKey() + " answered a member for " + kind + " " + ids.get(kind) + ": " + lastResult);
            } else if (!(outcome.get() instanceof NotFoundException) && !(outcome.get() instanceof AccessDeniedException)) {
                leaks.add(entry.getKey() + " threw " + outcome.get());
            }
        }
        assertThat(leaks).as("a member is refused every record but their own").isEmpty();
    }

    @Test
    void sharedProvidersAreChangedByTheOperatorOnly() {
        long aruba = jdbc.queryForObject("SELECT MIN(id) FROM provider", Long.class);
        signIn.as("admin.po");
        var update = methodsTakingAnId().get("ProviderService.update(long,long,ProviderForm)");
        assertThat(call(update, aruba)).get().isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreloadListFileIsDownloadedOnlyByStaffOfItsOwnOrder() {
        long fg = foreignIds().get(Kind.PRELOAD_LIST);
        signIn.as("admin.fg");
        var file = new ByteArrayOutputStream();
        preloadLists.writeFile(fg, file);
        assertThat(file.size()).as("Foggia's ADMIN downloads Foggia's list").isGreaterThan(0);
        for (String other : List.of("admin.po", "finance.po", "admin.bz")) {
            signIn.as(other);
            var out = new ByteArrayOutputStream();
            assertThat(call(methodsTakingAnId().get("PreloadLists.writeFile(long,OutputStream)"), fg)).as(other)
                    .get().isInstanceOf(NotFoundException.class);
            assertThat(out.size()).isZero();
        }
        signIn.as("operator");
        assertThat(call(methodsTakingAnId().get("PreloadLists.writeFile(long,OutputStream)"), fg)).get()
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Public methods of the application's services with an id parameter, by "Service.method(Types)". */
    private Map<String, Method> methodsTakingAnId() {
        Map<String, Method> found = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("it.albopec")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers())
                        && idParameter(method) >= 0) {
                    found.put(key(method), method);
                }
            }
        }
        return found;
    }

    private static int idParameter(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent()) {
                throw new IllegalStateException("Compile with -parameters: " + method);
            }
            if ((p.getType() == long.class || p.getType() == Long.class) && (p.getName().equals("id") || p.getName().endsWith("Id"))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
    }

    /**
     * Calls the method on the service's bean (through its security and transaction proxies) with the foreign id and
     * harmless values for the rest, inside a transaction that is rolled back whatever happens; returns what it threw.
     */
    private Optional<Throwable> call(Method method, long foreignId) {
        Object bean = context.getBean(method.getDeclaringClass());
        int idIndex = idParameter(method);
        Object[] args = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < args.length; i++) {
            args[i] = i == idIndex ? (Object) foreignId : harmless(parameters[i]);
        }
        lastResult = null;
        var rollback = new TransactionTemplate(transactions);
        try {
            rollback.executeWithoutResult(status -> {
                status.setRollbackOnly();
                try {
                    lastResult = method.invoke(bean, args);
                } catch (InvocationTargetException e) {
                    throw new Wrapped(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
            // "nothing" is an answer that leaks nothing: an empty Optional or list (e.g. a lookup by id, a member's mailboxes)
            if (lastResult instanceof Optional<?> o && o.isEmpty() || lastResult instanceof Collection<?> c && c.isEmpty()) {
                return Optional.of(new NotFoundException());
            }
            return Optional.empty();
        } catch (Wrapped e) {
            return Optional.of(e.getCause());
        }
    }

    private static final Map<Class<?>, Function<Class<?>, Object>> VALUES = Map.of(
            long.class, t -> 0L, Long.class, t -> 0L, int.class, t -> 0, boolean.class, t -> false,
            String.class, t -> "x", LocalDate.class, t -> LocalDate.now().minusDays(1), OutputStream.class, t -> new ByteArrayOutputStream(),
            List.class, t -> List.of(), Collection.class, t -> List.of(), Locale.class, t -> Locale.ITALIAN);

    /**
     * A value that gets a call past its argument checks to the tenant check: a valid member form, a valid form of
     * Prato's own convention, a language the conventions know.
     */
    private Object harmless(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (parameter.getName().equals("language")) {
            return "it";
        }
        if (type == it.albopec.convention.ConventionForm.class) {
            return conventionForm != null ? conventionForm : conventionForm();
        }
        if (VALUES.containsKey(type)) {
            return VALUES.get(type).apply(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == it.albopec.member.MemberForm.class) {
            return TestMembers.physician("Estraneo", "Ennio", LocalDate.now().minusYears(3));
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException noDefault) {
            return null;
        }
    }

    /** Read by a staff user before a member calls (members cannot list conventions). */
    private it.albopec.convention.ConventionForm conventionForm;

    private it.albopec.convention.ConventionForm conventionForm() {
        return it.albopec.convention.ConventionForm.of(context.getBean(it.albopec.convention.ConventionService.class)
                .list(org.springframework.data.domain.PageRequest.of(0, 1)).getFirst());
    }

    private Map<Kind, Long> foreignIds() {
        ensureForeignPreloadList();
        Map<Kind, Long> ids = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Long id = jdbc.queryForObject(kind.query, Long.class);
            if (id == null) {
                fail("No record of Foggia for " + kind);
            }
            ids.put(kind, id);
        }
        return ids;
    }

    /** The demo data may not have sent Foggia's pre-load list yet: its ADMIN sends one. */
    private void ensureForeignPreloadList() {
        Long lists = jdbc.queryForObject("SELECT COUNT(*) FROM preload_list l JOIN medical_order o ON o.id = l.order_id "
                + "WHERE o.province_code = 'FG'", Long.class);
        if (lists == 0) {
            signIn.as("admin.fg");
            preloadLists.send(LocalDate.now());
            signIn.out();
        }
    }

    private static final class Wrapped extends RuntimeException {
        Wrapped(Throwable cause) {
            super(cause);
        }
    }
}
