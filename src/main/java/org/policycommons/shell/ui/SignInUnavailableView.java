package org.policycommons.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a sign-in goes when Keycloak does not answer: say so, and that it is worth trying again in a few minutes. */
@Route("sign-in-unavailable")
@AnonymousAllowed
class SignInUnavailableView extends ErrorPage implements BeforeEnterObserver {

    SignInUnavailableView() {
        super("sign-in-unavailable-title", "sign-in-unavailable.title", "sign-in-unavailable.text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setStatus(503);
        }
    }
}
