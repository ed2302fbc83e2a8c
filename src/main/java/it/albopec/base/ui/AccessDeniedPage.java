package it.albopec.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page the signed-in user's role may not open. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("base.errorPage.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event, "base.errorPage.denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
