package org.policycommons.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Any page of a deactivated district: it says the portal is closed there and that its records are kept. */
@AnonymousAllowed
class DistrictClosedView extends ErrorPage implements HasErrorParameter<DistrictClosedException> {

    DistrictClosedView() {
        super("district-closed-title", "district-closed.title", "district-closed.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DistrictClosedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
