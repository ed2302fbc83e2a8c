package it.albopec.provider;

import java.util.List;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The providers: platform data, not any Order's. The operator adds and edits them; the Orders' staff and members
 * read them (members need the portal and the helpdesk numbers). Reading is open to every caller, scheduled jobs
 * included: a provider's portal and helpdesk numbers are what the provider itself publishes. Changes are in the audit
 * trail as platform entries (a provider belongs to no Order), which every Order's ADMIN reads.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProviderService {

    static final String AUDIT_TYPE = "provider";

    private static final Logger log = LoggerFactory.getLogger(ProviderService.class);

    private final ProviderRepository providers;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ProviderService(ProviderRepository providers, CurrentUser currentUser, AuditTrail audit) {
        this.providers = providers;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public Page<ProviderDetails> list(Pageable pageable) {
        return providers.findAll(pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name")))
                .map(Provider::toDetails);
    }

    /** All providers by name, for a selection list (a handful of rows: providers are few). */
    public List<ProviderDetails> all() {
        return providers.findAll(Sort.by("name")).stream().map(Provider::toDetails).toList();
    }

    public ProviderDetails get(long id) {
        return providers.findById(id).map(Provider::toDetails).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    @Transactional
    public ProviderDetails create(@Valid ProviderForm form) {
        if (providers.existsByName(form.getName().trim())) {
            throw new ServiceException("provider.error.nameTaken", form.getName().trim());
        }
        var provider = providers.saveAndFlush(new Provider(form));
        log.info("Provider {} added by {}", provider.getName(), currentUser.usernameOrSystem());
        audit.recordPlatform(AUDIT_TYPE, provider.getId(), "created", null, changes(null, provider.toDetails()));
        return provider.toDetails();
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    @Transactional
    public ProviderDetails update(long id, long expectedVersion, @Valid ProviderForm form) {
        Provider provider = providers.findById(id).orElseThrow(NotFoundException::new);
        if (provider.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Provider.class, id);
        }
        if (providers.existsByNameAndIdNot(form.getName().trim(), id)) {
            throw new ServiceException("provider.error.nameTaken", form.getName().trim());
        }
        var before = provider.toDetails();
        provider.apply(form);
        providers.flush();
        log.info("Provider {} changed by {}: {} -> {}", provider.getName(), currentUser.usernameOrSystem(), before, provider.toDetails());
        audit.recordPlatform(AUDIT_TYPE, id, "changed", null, changes(before, provider.toDetails()));
        return provider.toDetails();
    }

    /** What the Orders read of a provider, field by field ({@code before} null: a new provider). */
    private static List<FieldChange> changes(ProviderDetails before, ProviderDetails after) {
        boolean created = before == null;
        return FieldChange.builder()
                .compare("name", created ? null : before.name(), after.name())
                .compare("portalUrl", created ? null : before.portalUrl(), after.portalUrl())
                .compare("customerAreaUrl", created ? null : before.customerAreaUrl(), after.customerAreaUrl())
                .compare("loginPattern", created ? null : before.loginPattern(), after.loginPattern())
                .compare("signedFormFax", created ? null : before.signedFormFax(), after.signedFormFax())
                .compare("helpdeskPhones", created ? null : String.join(", ", before.helpdeskPhones()), String.join(", ", after.helpdeskPhones()))
                .compare("freeHelpdeskPhones", created ? null : String.join(", ", before.freeHelpdeskPhones()), String.join(", ", after.freeHelpdeskPhones()))
                .build();
    }

    /** Demo data: the provider with this name, created from the form if missing. */
    @Transactional
    Long ensure(ProviderForm form) {
        return providers.findByName(form.getName()).map(Provider::getId)
                .orElseGet(() -> providers.save(new Provider(form)).getId());
    }
}
