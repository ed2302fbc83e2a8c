package it.albopec.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A path that does not exist — or, in production, a page the user's role may not open, which Vaadin reports as "not
 * found" so as not to tell which pages exist: one wording fits both.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("base.errorPage.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event, "base.errorPage.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
