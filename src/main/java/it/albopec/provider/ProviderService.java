package it.albopec.provider;

import java.util.List;

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
 * included: a provider's portal and helpdesk numbers are what the provider itself publishes. Changes are logged with the operator's name:
 * the audit trail belongs to Orders, and a provider belongs to none.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProviderService {

    private static final Logger log = LoggerFactory.getLogger(ProviderService.class);

    private final ProviderRepository providers;
    private final CurrentUser currentUser;

    ProviderService(ProviderRepository providers, CurrentUser currentUser) {
        this.providers = providers;
        this.currentUser = currentUser;
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
        return provider.toDetails();
    }

    /** Demo data: the provider with this name, created from the form if missing. */
    @Transactional
    Long ensure(ProviderForm form) {
        return providers.findByName(form.getName()).map(Provider::getId)
                .orElseGet(() -> providers.save(new Provider(form)).getId());
    }
}
