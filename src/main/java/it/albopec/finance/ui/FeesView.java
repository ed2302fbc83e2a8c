package it.albopec.finance.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.UserFeedback;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.finance.FeeChange;
import it.albopec.finance.FeeSchedule;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The fee of each convention over time: ADMIN and FINANCE set a fee from a day on (Prato's and Foggia's instructions
 * give none). The page says that a change prices forecasts only and never rewrites a charge already due or paid.
 */
@Route("costs/fees")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
public class FeesView extends VerticalLayout implements HasDynamicTitle {

    private final FeeSchedule fees;
    private final Select<ConventionDetails> convention = new Select<>();
    private final BigDecimalField fee = new BigDecimalField();
    private final DatePicker validFrom = new DatePicker();
    private final Grid<FeeChange> history = new Grid<>();

    public FeesView(FeeSchedule fees, ConventionService conventions, Clock clock) {
        this.fees = fees;
        addClassName("fees-view");
        var rule = new Paragraph(t("finance.fees.rule"));
        rule.getStyle().set("max-width", "60em");
        convention.setLabel(t("finance.filter.convention"));
        var list = conventions.list(PageRequest.of(0, 50));
        convention.setItems(list);
        convention.setItemLabelGenerator(c -> c.code() + " · " + (c.feePerTerm() == null ? t("finance.fees.noBaseFee")
                : t("finance.fees.baseFee", FinanceTexts.money(c.feePerTerm()), c.termMonths())));
        convention.setWidth("32em");
        fee.setLabel(t("finance.fees.fee"));
        fee.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        validFrom.setLabel(t("finance.fees.validFrom"));
        validFrom.setLocale(FinanceTexts.locale());
        validFrom.setValue(LocalDate.now(clock));
        var save = new Button(t("finance.fees.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(convention, fee, validFrom, save);
        form.setAlignItems(Alignment.END);
        form.setWrap(true);
        history.addColumn(f -> FinanceTexts.date(f.validFrom())).setHeader(t("finance.fees.validFrom")).setAutoWidth(true);
        history.addColumn(f -> FinanceTexts.money(f.fee())).setHeader(t("finance.fees.fee")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        history.addColumn(FeeChange::setBy).setHeader(t("finance.fees.setBy")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(t("finance.fees.empty"));
        convention.addValueChangeListener(e -> showHistory());
        add(new H1(t("finance.fees.title")), CostsNav.of(FeesView.class), rule, form, new H2(t("finance.fees.history")), history);
        if (!list.isEmpty()) {
            convention.setValue(list.getFirst());
        }
    }

    private void save() {
        if (convention.getValue() == null) {
            convention.setInvalid(true);
            return;
        }
        BigDecimal value = fee.getValue();
        if (UserFeedback.attempt(() -> {
            int repriced = fees.setFee(convention.getValue().id(), validFrom.getValue(), value);
            UserFeedback.success(t("finance.fees.saved", repriced));
        }, this::showHistory)) {
            showHistory();
        }
    }

    private void showHistory() {
        history.setItems(convention.getValue() == null ? java.util.List.of() : fees.history(convention.getValue().id()));
    }

    private static String t(String key, Object... args) {
        return FinanceTexts.t(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("finance.fees.title") + " · " + t("base.appName");
    }
}
