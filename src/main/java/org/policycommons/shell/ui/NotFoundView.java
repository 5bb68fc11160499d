package org.policycommons.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Any address that leads nowhere, including an unknown district, in the reader's language and with a way back. */
@AnonymousAllowed
class NotFoundView extends PublicPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected void render(Main main) {
        H1 title = new H1(getTranslation("not-found.title"));
        title.setId("not-found-title");
        Anchor back = new Anchor("./", getTranslation("not-found.back"));
        back.setRouterIgnore(true);
        main.add(title, new Paragraph(getTranslation("not-found.text")), back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title");
    }
}
