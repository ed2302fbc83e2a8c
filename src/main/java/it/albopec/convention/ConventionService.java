package it.albopec.convention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.order.OrderService;
import it.albopec.provider.ProviderDetails;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The conventions of the signed-in user's Order: its ADMIN edits them, disables them (which cancels the
 * convention at the provider) and activates them again; FINANCE reads them; other modules ask through
 * {@link #ensureAcceptingRequests(long)} whether a mailbox may be requested. Another Order's convention is
 * "not found". Every change is written to the audit trail in the same transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConventionService {

    static final String AUDIT_TYPE = "convention";
    static final List<String> LANGUAGES = List.of("it", "de", "en");
    /** The expected version of instructions in a language the convention has no text in yet. */
    public static final long NEW_TEXT = -1;

    private final ConventionRepository conventions;
    private final CurrentUser currentUser;
    private final OrderService orders;
    private final ProviderService providers;
    private final AuditTrail audit;
    private final Clock clock;

    ConventionService(ConventionRepository conventions, CurrentUser currentUser, OrderService orders,
                      ProviderService providers, AuditTrail audit, Clock clock) {
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.orders = orders;
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The convention under which members of the current user's Order can request a mailbox today: active and
     * within its validity (the one valid from the latest date if several are).
     */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF_OR_MEMBER)
    public Optional<ConventionDetails> activeConventionOfCurrentOrder() {
        LocalDate today = LocalDate.now(clock);
        return details(conventions.findByOrderIdOrderByCode(currentUser.requireOrderId())).stream()
                .filter(c -> c.isAcceptingRequests(today))
                .max(Comparator.comparing(c -> c.validFrom() == null ? LocalDate.MIN : c.validFrom()));
    }

    /** A convention of the current user's Order; another Order's is not found. */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF_OR_MEMBER)
    public ConventionDetails get(long id) {
        return details(find(id));
    }

    /** A page of the current Order's conventions, by code. */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF)
    public List<ConventionDetails> list(Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSortOr(Sort.by("code")));
        return details(conventions.findByOrderId(currentUser.requireOrderId(), page));
    }

    @PreAuthorize(AppRoles.IS_ORDER_STAFF)
    public long count() {
        return conventions.countByOrderId(currentUser.requireOrderId());
    }

    /**
     * The conventions of an Order, for scheduled jobs (renewals, pre-load lists) that run without a signed-in
     * user and go through every Order. A signed-in ADMIN or FINANCE user may ask only for their own Order
     * (another Order is not found); the operator and members are refused. Views use {@link #list} instead.
     */
    public List<ConventionDetails> forOrder(long orderId) {
        if (currentUser.role().isPresent()) {
            if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
                throw new AccessDeniedException("Only staff of the Order or jobs read its conventions");
            }
            if (currentUser.requireOrderId() != orderId) {
                throw new NotFoundException();
            }
        }
        return details(conventions.findByOrderIdOrderByCode(orderId));
    }

    /**
     * Refuses, with the reason the user reads, a mailbox request under a convention that is disabled (cancelled
     * at the provider) or outside its validity. The mailbox module calls it before recording a request.
     */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF_OR_MEMBER)
    public void ensureAcceptingRequests(long conventionId) {
        ConventionDetails convention = get(conventionId);
        if (convention.isDisabled()) {
            throw new ServiceException("convention.error.disabled", convention.code());
        }
        if (!convention.isAcceptingRequests(LocalDate.now(clock))) {
            throw new ServiceException("convention.error.notValid", convention.code());
        }
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ConventionDetails create(@Valid ConventionForm form) {
        long orderId = currentUser.requireOrderId();
        ConventionCode code = checked(form, orders.current().provinceCode());
        if (conventions.existsByCode(code.value())) {
            throw new ServiceException("convention.error.codeTaken", code.value());
        }
        var convention = new Convention(orderId);
        convention.apply(form, code);
        conventions.saveAndFlush(convention);
        ConventionDetails created = details(convention);
        audit.record(orderId, AUDIT_TYPE, convention.getId(), "created", null, changes(null, created));
        return created;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ConventionDetails update(long id, long expectedVersion, @Valid ConventionForm form) {
        Convention convention = findForChange(id, expectedVersion);
        ConventionCode code = checked(form, orders.current().provinceCode());
        if (conventions.existsByCodeAndIdNot(code.value(), id)) {
            throw new ServiceException("convention.error.codeTaken", code.value());
        }
        return changeAndRecord(convention, "changed", null, () -> convention.apply(form, code));
    }

    /**
     * Disables the convention, which cancels it at the provider (Bolzano: "NON cliccare sopra a DISABILITA in
     * quanto la convenzione verrà cancellata"). The user confirms by typing the convention's code and gives a
     * reason; a wrong code changes nothing.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ConventionDetails disable(long id, long expectedVersion, String typedCode, String reason) {
        Convention convention = findForChange(id, expectedVersion);
        if (typedCode == null || !convention.getCode().equals(typedCode.trim().toUpperCase(Locale.ROOT))) {
            throw new ServiceException("convention.error.typedCode", convention.getCode());
        }
        String why = requiredReason(reason);
        if (convention.getStatus() == ConventionStatus.DISABLED) {
            throw new ServiceException("convention.error.alreadyDisabled", convention.getCode());
        }
        return changeAndRecord(convention, "disabled", why,
                () -> convention.disable(LocalDate.now(clock), currentUser.usernameOrSystem(), why));
    }

    /** Undoes a disabling: the convention accepts requests again from the new activation date. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ConventionDetails activate(long id, long expectedVersion, LocalDate activation, String reason) {
        Convention convention = findForChange(id, expectedVersion);
        if (convention.getStatus() != ConventionStatus.DISABLED) {
            throw new ServiceException("convention.error.notDisabled", convention.getCode());
        }
        if (activation == null) {
            throw new ServiceException("convention.error.activationRequired");
        }
        LocalDate disabledOn = convention.getDisabledOn();
        if (disabledOn != null && activation.isBefore(disabledOn)) {
            // a java.util.Date, so that the message shows the day in the user's own format
            throw new ServiceException("convention.error.activationBeforeDisabling",
                    java.util.Date.from(disabledOn.atStartOfDay(clock.getZone()).toInstant()));
        }
        String why = requiredReason(reason);
        return changeAndRecord(convention, "activated", why, () -> convention.activate(activation));
    }

    /**
     * Writes the instructions members read in one language: steps and warnings are paragraphs separated by an
     * empty line. {@code expectedVersion} is the version of that language's text as read, or {@link #NEW_TEXT}
     * when the convention had no text in that language.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ConventionDetails saveInstructions(long id, String language, long expectedVersion, String steps, String warnings) {
        if (!LANGUAGES.contains(language)) {
            throw new ServiceException("convention.error.language", language);
        }
        Convention convention = find(id);
        boolean exists = convention.hasText(language);
        ConventionText text = convention.text(language);
        if (exists ? text.getVersion() != expectedVersion : expectedVersion != NEW_TEXT) {
            throw new ObjectOptimisticLockingFailureException(ConventionText.class, id);
        }
        String oldSteps = text.getSteps();
        String oldWarnings = text.getWarnings();
        text.write(ConventionText.paragraphs(steps), ConventionText.paragraphs(warnings));
        conventions.flush();
        audit.record(convention.getOrderId(), AUDIT_TYPE, id, "instructions-changed", null, FieldChange.builder()
                .compare("steps_" + language, oldSteps, text.getSteps())
                .compare("warnings_" + language, oldWarnings, text.getWarnings()).build());
        return details(convention);
    }

    /** Demo data: the convention with this code, created for the Order with its instructions if missing. */
    @Transactional
    void ensure(long orderId, String provinceCode, ConventionForm form, Map<String, ConventionInstructions> texts) {
        ConventionCode code = checked(form, provinceCode);
        if (conventions.existsByCode(code.value())) {
            return;
        }
        var convention = new Convention(orderId);
        convention.apply(form, code);
        texts.forEach((language, instructions) -> convention.text(language).write(instructions.steps(), instructions.warnings()));
        conventions.saveAndFlush(convention);
        audit.record(orderId, AUDIT_TYPE, convention.getId(), "created", "demo data", List.of());
    }

    private ConventionCode checked(ConventionForm form, String provinceCode) {
        ConventionCode code = ConventionCode.of(form.getCode(), provinceCode);
        if (form.getPayer() == Payer.MEMBER && form.getPaymentMethods().isEmpty()) {
            throw new ServiceException("convention.error.noPaymentMethod");
        }
        if (form.isTestMessageRequired() && form.getTestMessageAddress() == null) {
            throw new ServiceException("convention.error.testMessageAddress");
        }
        if (form.getPasswordMinLength() != null && form.getPasswordMaxLength() != null
                && form.getPasswordMinLength() > form.getPasswordMaxLength()) {
            throw new ServiceException("convention.error.passwordLengths");
        }
        if (form.getValidFrom() != null && form.getValidUntil() != null && form.getValidUntil().isBefore(form.getValidFrom())) {
            throw new ServiceException("convention.error.validity");
        }
        return code;
    }

    /** Changes the convention and records the action with the fields it changed, in the same transaction. */
    private ConventionDetails changeAndRecord(Convention convention, String action, String reason, Runnable change) {
        ConventionDetails before = details(convention);
        change.run();
        conventions.flush();
        ConventionDetails after = details(convention);
        audit.record(convention.getOrderId(), AUDIT_TYPE, convention.getId(), action, reason, changes(before, after));
        return after;
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ServiceException("convention.error.reasonRequired");
        }
        return reason.strip();
    }

    private Convention find(long id) {
        return conventions.findByIdAndOrderId(id, currentUser.requireOrderId()).orElseThrow(NotFoundException::new);
    }

    private Convention findForChange(long id, long expectedVersion) {
        Convention convention = find(id);
        if (convention.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Convention.class, id);
        }
        return convention;
    }

    private ConventionDetails details(Convention convention) {
        return details(List.of(convention)).getFirst();
    }

    private List<ConventionDetails> details(List<Convention> list) {
        Map<Long, String> names = providerNames();
        return list.stream().map(c -> c.toDetails(names.getOrDefault(c.getProviderId(), ""))).toList();
    }

    /** Providers are a handful of platform rows: their names are read once per call. */
    private Map<Long, String> providerNames() {
        return providers.all().stream().collect(Collectors.toMap(ProviderDetails::id, ProviderDetails::name));
    }

    private static List<FieldChange> changes(ConventionDetails before, ConventionDetails after) {
        return FieldChange.builder()
                .compare("code", before == null ? null : before.code(), after.code())
                .compare("providerId", before == null ? null : before.providerId(), after.providerId())
                .compare("fee", before == null ? null : before.feePerTerm(), after.feePerTerm())
                .compare("termMonths", before == null ? null : before.termMonths(), after.termMonths())
                .compare("payer", before == null ? null : before.payer(), after.payer())
                .compare("paymentMethods", before == null ? null : sorted(before), sorted(after))
                .compare("signedFormAndIdRequired", before == null ? null : before.signedFormAndIdRequired(), after.signedFormAndIdRequired())
                .compare("testMessageRequired", before == null ? null : before.testMessageRequired(), after.testMessageRequired())
                .compare("testMessageAddress", before == null ? null : before.testMessageAddress(), after.testMessageAddress())
                .compare("leadTimeDays", before == null ? null : before.leadTimeDays(), after.leadTimeDays())
                .compare("passwordPolicy", before == null ? null : before.passwordPolicy(), after.passwordPolicy())
                .compare("consents", before == null ? null : before.consents(), after.consents())
                .compare("oneMailboxPerMember", before == null ? null : before.oneMailboxPerMember(), after.oneMailboxPerMember())
                .compare("mailboxDeactivatedOnLeaving", before == null ? null : before.mailboxDeactivatedOnLeaving(), after.mailboxDeactivatedOnLeaving())
                .compare("validFrom", before == null ? null : before.validFrom(), after.validFrom())
                .compare("validUntil", before == null ? null : before.validUntil(), after.validUntil())
                .compare("status", before == null ? null : before.status(), after.status())
                .build();
    }

    private static List<PaymentMethod> sorted(ConventionDetails convention) {
        return convention.paymentMethods().stream().sorted().toList();
    }
}
