package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import it.albopec.base.ui.DashboardView;
import it.albopec.compliance.ui.ComplianceView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The compliance page as the secretariat and finance use it, and its dashboard figures. */
class ComplianceViewTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired ComplianceService compliance;
    @org.springframework.beans.factory.annotation.Autowired it.albopec.member.MemberService members;

    @Test
    @WithUserDetails("admin.po")
    void theSecretariatSendsRemindersToTheSelectedMembersAndSeesTheOutcomePerMember() {
        navigate(ComplianceView.class);
        @SuppressWarnings("unchecked")
        Grid<NonCompliantMember> grid = $(Grid.class).single();
        assertThat(test(grid).size()).as("the demo data leaves members without a valid PEC").isPositive();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).withCaption("Senza pratica aperta").single()).click();
        int withoutCase = test(grid).size();
        for (int i = 0; i < Math.min(20, withoutCase); i++) {
            assertThat(test(grid).getRow(i).hasCase()).isFalse();
            assertThat(test(grid).getRow(i).reason()).isNotNull();
        }
        NonCompliantMember first = test(grid).getRow(0);
        assertThat($(Anchor.class).withText("Lettere (PDF unico)").single().isEnabled()).as("no case selected, no letter").isFalse();

        grid.asMultiSelect().select(first);
        test($(Button.class).withText("Invia sollecito").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        ConfirmDialog outcome = $(ConfirmDialog.class).last();
        assertThat(outcome.getElement().getTextRecursively()).contains("1 eseguiti, 0 rifiutati").contains(first.surname());
        assertThat(test(grid).size()).isEqualTo(withoutCase - 1);
    }

    @Test
    @WithUserDetails("admin.bz")
    void theStepFilterShowsOnlyCasesAtThatStep() {
        long member = members.create(it.albopec.testsupport.TestMembers.physician("Gruber", "Georg", java.time.LocalDate.now().minusYears(4))).id();
        var c = compliance.remind(member, "de");
        compliance.sendNotice(c.id(), c.version());
        UI.getCurrent().navigate("compliance", QueryParameters.fromString("step=NOTICE_SENT"));
        @SuppressWarnings("unchecked")
        Select<CaseStep> step = $(Select.class).withCaption("Fase della pratica").single();
        assertThat(step.getValue()).isEqualTo(CaseStep.NOTICE_SENT);
        @SuppressWarnings("unchecked")
        Grid<NonCompliantMember> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).step()).isEqualTo(CaseStep.NOTICE_SENT);
            assertThat(test(grid).getRow(i).deadline()).isNotNull();
        }
    }

    @Test
    @WithUserDetails("admin.po")
    void anUnknownUrlParameterShowsTheWholeList() {
        UI.getCurrent().navigate("compliance", QueryParameters.fromString("step=CLOSED&reason=NOPE"));
        assertThat(getCurrentView()).isInstanceOf(ComplianceView.class);
        assertThat($(Select.class).withCaption("Fase della pratica").single().getValue()).isNull();
        assertThat(test($(Grid.class).single()).size()).isPositive();
    }

    @Test
    @WithUserDetails("admin.po")
    void theCaseDialogShowsEveryStepAndAValidAddressClosesTheCase() {
        long member = members.create(it.albopec.testsupport.TestMembers.physician("Dialogo", "Dora", java.time.LocalDate.now().minusYears(4))).id();
        compliance.remind(member, null);
        navigate(ComplianceView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).withPropertyValue(
                com.vaadin.flow.component.textfield.TextField::getPlaceholder, "Cognome o codice fiscale").single()).setValue("Dialogo");
        @SuppressWarnings("unchecked")
        Grid<NonCompliantMember> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);

        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).last();
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("Sollecito inviato").contains("Nessuna PEC");
        @SuppressWarnings("unchecked")
        Grid<CaseStepEntry> steps = $(Grid.class, dialog).single();
        assertThat(test(steps).size()).isEqualTo(1);
        assertThat(test(steps).getRow(0).username()).isEqualTo("admin.po");

        test($(com.vaadin.flow.component.textfield.TextField.class, dialog).withCaption("Indirizzo PEC").single()).setValue("non valido");
        test($(Button.class, dialog).withText("Registra come valido").single()).click();
        assertThat(compliance.casesOfMember(member).getFirst().step()).as("bad input changes nothing").isEqualTo(CaseStep.REMINDER_SENT);

        test($(com.vaadin.flow.component.textfield.TextField.class, dialog).withCaption("Indirizzo PEC").single()).setValue("dora.dialogo@pec.example.it");
        test($(Button.class, dialog).withText("Registra come valido").single()).click();
        assertThat(compliance.casesOfMember(member).getFirst().step()).isEqualTo(CaseStep.CLOSED);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails("finance.po")
    void financeReadsTheListButTakesNoStep() {
        navigate(ComplianceView.class);
        assertThat(test($(Grid.class).single()).size()).isPositive();
        assertThat($(Button.class).withText("Invia sollecito").exists()).isFalse();
        assertThat($(Button.class).withText("Indirizzo PEC fuori convenzione").exists()).isFalse();
        assertThat($(Grid.class).single().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    @Test
    @WithUserDetails("admin.fg")
    void theDashboardShowsTheRateItsTrendAndTheCasesPerStep() {
        navigate(DashboardView.class);
        var titles = $(Span.class).withClassName("tile-title").all().stream().map(Span::getText).toList();
        assertThat(titles).contains("Iscritti con PEC valida", "Pratiche aperte");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("compliance-panel").single()
                .getChildren().filter(c -> c instanceof Svg).count()).isEqualTo(2);
    }
}
