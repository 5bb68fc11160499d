package org.policycommons.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page the signed-in person's role may not open, e.g. an admin page for a family member: said plainly, in their language. */
@AnonymousAllowed
class AccessDeniedView extends PublicPage implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    protected void render(Main main) {
        H1 title = new H1(getTranslation("access-denied.title"));
        title.setId("access-denied-title");
        Anchor back = new Anchor("./", getTranslation("not-found.back"));
        back.setRouterIgnore(true);
        main.add(title, new Paragraph(getTranslation("access-denied.text")), back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title");
    }
}
