package it.albopec.order;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.base.TenantHeader;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.security.UserAdministration;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The Orders: the operator manages them all; staff read only their own. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrderService implements TenantHeader {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final MedicalOrderRepository orders;
    private final CurrentUser currentUser;
    private final UserAdministration users;

    OrderService(MedicalOrderRepository orders, CurrentUser currentUser, UserAdministration users) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.users = users;
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    public Page<OrderDetails> list(Pageable pageable) {
        return orders.findAll(pageable).map(MedicalOrder::toDetails);
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    public long count() {
        return orders.count();
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    public OrderDetails get(long id) {
        return orders.findById(id).map(MedicalOrder::toDetails).orElseThrow(NotFoundException::new);
    }

    /** The signed-in staff user's own Order. */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF_OR_MEMBER)
    public OrderDetails current() {
        return orders.findById(currentUser.requireOrderId()).map(MedicalOrder::toDetails).orElseThrow(NotFoundException::new);
    }

    /** Creates an Order together with its first ADMIN, so that the Order can start working at once. */
    @PreAuthorize(AppRoles.IS_OPERATOR)
    @Transactional
    public OrderDetails create(@Valid OrderForm form, @Valid UserAdministration.NewUser firstAdmin, String password) {
        if (orders.existsByProvinceCode(form.getProvinceCode())) {
            throw new ServiceException("order.error.provinceTaken", form.getProvinceCode());
        }
        var order = new MedicalOrder(form.getProvinceCode());
        order.apply(form);
        orders.saveAndFlush(order);
        users.createFirstAdmin(order.getId(), firstAdmin, password);
        log.info("Order {} created by {}", order.getProvinceCode(), currentUser.usernameOrSystem());
        return order.toDetails();
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    @Transactional
    public OrderDetails update(long id, long expectedVersion, @Valid OrderForm form) {
        MedicalOrder order = orders.findById(id).orElseThrow(NotFoundException::new);
        if (order.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MedicalOrder.class, id);
        }
        if (!order.getProvinceCode().equals(form.getProvinceCode())) {
            throw new ServiceException("order.error.provinceFixed");
        }
        order.apply(form);
        orders.flush();
        log.info("Order {} changed by {}", order.getProvinceCode(), currentUser.usernameOrSystem());
        return order.toDetails();
    }

    @Override
    public String currentOrderName(java.util.Locale locale) {
        return currentUser.orderId()
                .flatMap(orders::findById)
                .map(o -> o.toDetails().displayName(locale))
                .orElse("");
    }

    /** Demo data: the Order with this province code, created from the form if missing. */
    @Transactional
    Long ensure(OrderForm form) {
        return orders.findByProvinceCode(form.getProvinceCode()).map(MedicalOrder::getId).orElseGet(() -> {
            var order = new MedicalOrder(form.getProvinceCode());
            order.apply(form);
            return orders.save(order).getId();
        });
    }
}
